/**
 * The messages waiting in an SQS queue, standard or FIFO, behind one shape:
 * the queue node (sqs.ts) receives, returns and deletes batches without
 * knowing which kind it holds.
 * Standard (§6.1): one backlog; returned messages go in front.
 * FIFO (§6.2): message groups, one batch per group at a time, order kept;
 * at most 10 messages a batch and no MaximumBatchingWindowInSeconds.
 */
import type { Rng } from '../ports';
import { RunQueue, countOf, runLike, type MessageRun } from './backlog';
import { partitionFailures, partitionFifoFailures } from './batchFailures';
import { FifoGroups } from './fifoGroups';

/** A batch taken by a poller; `group` is the FIFO message group, null on a standard queue. */
export interface ReceivedBatch {
  runs: MessageRun[];
  group: number | null;
}

export type NewMessages = Omit<MessageRun, 'firstSeq'>;

export interface SqsMessages {
  /** Messages waiting to be received (ApproximateNumberOfMessagesVisible). */
  readonly size: number;
  /** Whether a poller could take a batch now. */
  readonly receivable: boolean;
  readonly maxBatchSize: number;
  readonly usesBatchingWindow: boolean;
  add(run: NewMessages): void;
  take(batchSize: number): ReceivedBatch | null;
  /** The batch was deleted (FIFO: its group may go on). */
  deleted(group: number | null): void;
  /** Messages visible again after a failure or a visibility timeout, in front (FIFO: and the group goes on). */
  giveBack(runs: readonly MessageRun[], group: number | null): void;
  /** Splits a partly failed batch into [deleted, to retry] (§6.1, §6.2 partial batch responses). */
  partition(runs: readonly MessageRun[], failedRecords: number): [MessageRun[], MessageRun[]];
  oldestEnqueuedMs(): number | null;
  /** Removes waiting messages enqueued before `cutoffMs`; returns how many. */
  expireBefore(cutoffMs: number): number;
}

/** Messages of one arrival spread over FIFO groups one by one up to this many; evenly beyond it. */
const FIFO_SPREAD_LIMIT = 64;
/** §6.2: a FIFO mapping takes at most 10 messages a batch. */
const FIFO_MAX_BATCH = 10;

export function createSqsMessages(config: { fifo: boolean; messageGroups: number }, rng: Rng): SqsMessages {
  return config.fifo ? new FifoMessages(config.messageGroups, rng) : new StandardMessages();
}

class StandardMessages implements SqsMessages {
  private readonly queue = new RunQueue();
  private nextSeq = 0;
  readonly maxBatchSize = 10_000;
  readonly usesBatchingWindow = true;

  get size(): number {
    return this.queue.size;
  }
  get receivable(): boolean {
    return this.queue.size > 0;
  }
  add(run: NewMessages): void {
    // Written out, not spread: this runs once per arrival.
    this.queue.pushBack(runLike(run, run.count, this.nextSeq, run.firstEnqueuedMs, run.lastEnqueuedMs));
    this.nextSeq += run.count;
  }
  take(batchSize: number): ReceivedBatch | null {
    return this.queue.size > 0 ? { runs: this.queue.take(batchSize), group: null } : null;
  }
  deleted(): void {}
  giveBack(runs: readonly MessageRun[]): void {
    this.queue.pushFront(runs);
  }
  partition(runs: readonly MessageRun[], failedRecords: number): [MessageRun[], MessageRun[]] {
    return partitionFailures(runs, failedRecords);
  }
  oldestEnqueuedMs(): number | null {
    return this.queue.oldestEnqueuedMs();
  }
  expireBefore(cutoffMs: number): number {
    return countOf(this.queue.expireBefore(cutoffMs));
  }
}

class FifoMessages implements SqsMessages {
  private readonly groups: FifoGroups;
  readonly maxBatchSize = FIFO_MAX_BATCH;
  readonly usesBatchingWindow = false;

  constructor(
    messageGroups: number,
    private readonly rng: Rng,
  ) {
    this.groups = new FifoGroups(messageGroups);
  }

  get size(): number {
    return this.groups.size;
  }
  get receivable(): boolean {
    return this.groups.readyGroups > 0;
  }
  /** Message group ids spread evenly: each message lands in a group at random. */
  add(run: NewMessages): void {
    const n = this.groups.groupCount;
    if (run.count <= FIFO_SPREAD_LIMIT) {
      for (let i = 0; i < run.count; i++) this.groups.enqueue(this.rng.int(n), { ...run, count: 1 });
      return;
    }
    const base = Math.floor(run.count / n);
    const extra = run.count - base * n;
    const offset = this.rng.int(n);
    for (let g = 0; g < n; g++) {
      const share = base + ((g - offset + n) % n < extra ? 1 : 0);
      if (share > 0) this.groups.enqueue(g, { ...run, count: share });
    }
  }
  take(batchSize: number): ReceivedBatch | null {
    const batch = this.groups.takeBatch(Math.min(batchSize, FIFO_MAX_BATCH));
    return batch && { runs: batch.runs, group: batch.group };
  }
  deleted(group: number | null): void {
    if (group !== null) this.groups.release(group);
  }
  giveBack(runs: readonly MessageRun[], group: number | null): void {
    if (group !== null) this.groups.release(group, runs);
  }
  partition(runs: readonly MessageRun[], failedRecords: number): [MessageRun[], MessageRun[]] {
    return partitionFifoFailures(runs, failedRecords);
  }
  oldestEnqueuedMs(): number | null {
    return this.groups.oldestEnqueuedMs();
  }
  expireBefore(cutoffMs: number): number {
    return this.groups.expireBefore(cutoffMs);
  }
}
