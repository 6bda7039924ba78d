/**
 * SQS FIFO message groups (lambda-model.md §6.2): order is kept within a group,
 * one batch per group is in flight at a time, so concurrency is at most the
 * number of active groups; a failed batch holds its group until the same
 * messages are retried ("the function attempts all retries on the affected
 * messages before Lambda receives additional messages from the same group").
 * Batches here hold one group each, which keeps every one of those rules.
 */
import { RunQueue, type MessageRun } from './backlog';

export interface GroupBatch {
  group: number;
  runs: MessageRun[];
}

export class FifoGroups {
  private readonly queues: RunQueue[] = [];
  private readonly nextSeq: number[] = [];
  private readonly held: boolean[] = [];
  /** Groups with messages and no batch in flight, in the order they became ready (round robin). */
  private readonly ready: number[] = [];
  private readonly isReady: boolean[] = [];
  private heldCount = 0;

  constructor(readonly groupCount: number) {
    for (let g = 0; g < groupCount; g++) {
      this.queues.push(new RunQueue());
      this.nextSeq.push(0);
      this.held.push(false);
      this.isReady.push(false);
    }
  }

  /** Messages waiting in all groups, held groups included (SQS counts them as visible). */
  get size(): number {
    return this.queues.reduce((n, q) => n + q.size, 0);
  }

  /** Groups with a batch in flight (or waiting out a visibility timeout after a failure). */
  get heldGroups(): number {
    return this.heldCount;
  }

  get readyGroups(): number {
    return this.ready.length;
  }

  /** Appends `count` new messages to a group, numbered in arrival order. */
  enqueue(group: number, run: Omit<MessageRun, 'firstSeq'>): void {
    this.queues[group].pushBack({ ...run, firstSeq: this.nextSeq[group] });
    this.nextSeq[group] += run.count;
    this.markReady(group);
  }

  /** The next ready group's first `batchSize` messages; the group is held until `release`. */
  takeBatch(batchSize: number): GroupBatch | null {
    const group = this.ready.shift();
    if (group === undefined) return null;
    this.isReady[group] = false;
    this.held[group] = true;
    this.heldCount++;
    return { group, runs: this.queues[group].take(batchSize) };
  }

  /** Ends a group's hold; `retry` goes back to the front of the group, to be received first. */
  release(group: number, retry: readonly MessageRun[] = []): void {
    if (!this.held[group]) throw new Error(`group ${group} is not held`);
    this.held[group] = false;
    this.heldCount--;
    this.queues[group].pushFront(retry);
    this.markReady(group);
  }

  /** Removes waiting messages enqueued before `cutoffMs` from every group; returns how many. */
  expireBefore(cutoffMs: number): number {
    let removed = 0;
    for (const q of this.queues) for (const run of q.expireBefore(cutoffMs)) removed += run.count;
    return removed;
  }

  oldestEnqueuedMs(): number | null {
    let oldest: number | null = null;
    for (const q of this.queues) {
      const t = q.oldestEnqueuedMs();
      if (t !== null && (oldest === null || t < oldest)) oldest = t;
    }
    return oldest;
  }

  private markReady(group: number): void {
    if (!this.held[group] && !this.isReady[group] && this.queues[group].size > 0) {
      this.isReady[group] = true;
      this.ready.push(group);
    }
  }
}
