/**
 * One in-order lane of a stream mapping (lambda-model.md §6.3, §6.4): a shard,
 * or with a parallelization factor above 1 one of the shard's partition-key
 * sub-streams. One batch at a time; a failing batch is retried, blocking the
 * lane, until it succeeds, runs out of retries, gets too old or expires;
 * `bisectBatchOnFunctionError` halves it first ("splitting a batch does not
 * count towards the retry quota").
 */
import type { MappingConfig } from '../../model';
import type { FunctionPort, InvokeOutcome } from '../ports';
import { countOf, maxChainDepthOf, newestOf, oldestOf, poisonOf, RunQueue, runLike, splitRuns, type MessageRun } from './backlog';
import { partitionFifoFailures } from './batchFailures';

/** A batch waiting to be (re)tried, with the function errors it has met so far. */
interface Segment {
  runs: MessageRun[];
  attempts: number;
}

export type GiveUpCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded';

/** What a lane needs from its stream. */
export interface LaneHost {
  readonly now: number;
  readonly fn: FunctionPort;
  readonly config: MappingConfig;
  readonly sourceId: string;
  readonly retentionMs: number;
  /** Runs `fn` after `delayMs`. */
  later(delayMs: number, fn: () => void): void;
  /** The next instant the lane's shard is polled, at or after now. */
  nextPollMs(): number;
  onStarted(): void;
  onFinished(runs: MessageRun[], outcome: InvokeOutcome | null): void;
  onProcessed(count: number): void;
  onGiveUp(runs: MessageRun[], condition: GiveUpCondition, approximateInvokeCount: number): void;
  onExpired(count: number): void;
  /** A batch failed for the first time: the lane is blocked until it succeeds or is given up. */
  onBlocked(count: number): void;
  /** The invoke was refused; true when it was a throttle (retry later), false when the chain must stop. */
  onRefused(count: number, reason: string, throttle: boolean): void;
}

/** Retry delay after a throttle; function errors are retried at the next poll. */
const THROTTLE_RETRY_MS = 1000;

export class StreamLane {
  readonly records = new RunQueue();
  private nextSeq = 0;
  private pending: Segment[] = [];
  private busy = false;
  /** When the lane will next look at its shard (Infinity: not scheduled); an earlier need replaces a later one. */
  private wakeAtMs = Infinity;

  constructor(private readonly host: LaneHost) {}

  oldestMs(): number | null {
    let oldest = this.records.oldestEnqueuedMs() ?? Infinity;
    for (const s of this.pending) oldest = Math.min(oldest, oldestOf(s.runs));
    return oldest === Infinity ? null : oldest;
  }

  /** Appends `count` records enqueued, received and chained as `run` says. */
  append(run: Omit<MessageRun, 'firstSeq' | 'count'>, count: number): void {
    this.records.pushBack(runLike(run, count, this.nextSeq, run.firstEnqueuedMs, run.lastEnqueuedMs));
    this.nextSeq += count;
    this.wakeAt(this.host.nextPollMs());
  }

  private wakeAt(atMs: number): void {
    const at = Math.max(atMs, this.host.now);
    if (this.busy || this.wakeAtMs <= at) return;
    this.wakeAtMs = at;
    this.host.later(at - this.host.now, () => {
      if (this.wakeAtMs !== at) return; // replaced by an earlier wake, which has run
      this.wakeAtMs = Infinity;
      this.poll();
    });
  }

  private poll(): void {
    if (this.busy) return;
    const now = this.host.now;
    const expired = this.records.expireBefore(now - this.host.retentionMs);
    if (expired.length > 0) this.host.onExpired(countOf(expired));
    let segment = this.pending[0];
    while (segment && oldestOf(segment.runs) < now - this.host.retentionMs) {
      this.host.onExpired(countOf(segment.runs));
      this.pending.shift();
      segment = this.pending[0];
    }
    const maxAgeSeconds = this.host.config.maximumRecordAgeSeconds;
    if (!segment && maxAgeSeconds !== -1) {
      // Records already too old when read are skipped, not sent to the function (§6.3 MaximumRecordAgeInSeconds).
      const aged = this.records.expireBefore(now - maxAgeSeconds * 1000);
      if (aged.length > 0) this.host.onGiveUp(aged, 'RecordAgeExceeded', 0);
    }
    if (!segment) {
      if (this.records.size === 0) return;
      const { batchSize, maximumBatchingWindowSeconds } = this.host.config;
      const windowEndsMs = (this.records.oldestEnqueuedMs() ?? now) + maximumBatchingWindowSeconds * 1000;
      if (this.records.size < batchSize && now < windowEndsMs) {
        this.wakeAt(windowEndsMs);
        return;
      }
      segment = { runs: this.records.take(batchSize), attempts: 0 };
      this.pending.push(segment);
    }
    if (maxAgeSeconds !== -1 && now - oldestOf(segment.runs) > maxAgeSeconds * 1000) {
      this.giveUp(segment, 'RecordAgeExceeded');
      this.wakeAt(now);
      return;
    }
    this.invoke(segment);
  }

  private invoke(segment: Segment): void {
    const count = countOf(segment.runs);
    const admission = this.host.fn.invokeSync(
      {
        sourceId: this.host.sourceId,
        batchSize: count,
        poisonRecords: poisonOf(segment.runs),
        chainDepth: maxChainDepthOf(segment.runs),
        reportBatchItemFailures: this.host.config.reportBatchItemFailures,
      },
      (outcome) => this.finish(segment, outcome),
    );
    if (admission.admitted) {
      this.busy = true;
      this.host.onStarted();
      return;
    }
    // §6.3: throttles are retried until the records expire or get too old, and do not count as retries.
    const throttle = admission.reason !== 'RecursiveInvocationLoopDetected';
    this.host.onRefused(count, admission.message, throttle);
    if (throttle) this.wakeAt(this.host.now + THROTTLE_RETRY_MS);
    else {
      this.giveUp(segment, 'RetryAttemptsExhausted');
      this.wakeAt(this.host.now);
    }
  }

  private finish(segment: Segment, outcome: InvokeOutcome): void {
    this.busy = false;
    this.host.onFinished(segment.runs, outcome);
    const count = countOf(segment.runs);
    if (outcome.status === 'success' && outcome.failedRecords === 0) {
      this.pending.shift();
      this.host.onProcessed(count);
    } else if (outcome.status === 'success') {
      // Partial batch response: checkpoint at the first failed record and retry from there (§6.3).
      const [done, rest] = partitionFifoFailures(segment.runs, outcome.failedRecords);
      this.host.onProcessed(countOf(done));
      segment.runs = rest;
      this.afterError(segment);
    } else {
      this.afterError(segment);
    }
    // "When more records are available, Lambda keeps processing batches until the function catches up."
    if (this.pending.length > 0 || this.records.size > 0) this.wakeAt(this.pending.length > 0 ? this.host.nextPollMs() : this.host.now);
  }

  private afterError(segment: Segment): void {
    const count = countOf(segment.runs);
    if (this.host.config.bisectBatchOnFunctionError && count > 1) {
      const [a, b] = splitRuns(segment.runs, Math.ceil(count / 2));
      this.pending.splice(0, 1, { runs: a, attempts: segment.attempts }, { runs: b, attempts: segment.attempts });
      return;
    }
    segment.attempts++;
    if (segment.attempts === 1) this.host.onBlocked(count);
    const maxRetries = this.host.config.maximumRetryAttempts;
    if (maxRetries !== -1 && segment.attempts > maxRetries) this.giveUp(segment, 'RetryAttemptsExhausted');
  }

  private giveUp(segment: Segment, condition: GiveUpCondition): void {
    const index = this.pending.indexOf(segment);
    if (index >= 0) this.pending.splice(index, 1);
    this.host.onGiveUp(segment.runs, condition, segment.attempts);
  }

  /** Age of the newest record of a batch that just finished: CloudWatch IteratorAge (§12). */
  static iteratorAgeMs(runs: readonly MessageRun[], nowMs: number): number {
    return nowMs - newestOf(runs);
  }
}
