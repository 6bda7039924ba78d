import type { EventTarget } from '../kernel/eventQueue';
import type { SimKernel } from '../kernel/kernel';
import type { Delivery, RefusalReason } from '../ports';
import { EventRing } from './eventRing';

/** §5: function errors are retried about 1 minute after the first attempt, then 2 minutes after the second. */
export const FUNCTION_ERROR_RETRY_DELAYS_MS = [60_000, 120_000] as const;
/** §5: throttles and system errors are retried from 1 s, the interval doubling up to 5 minutes. */
export const THROTTLE_BACKOFF_FIRST_MS = 1000;
export const THROTTLE_BACKOFF_MAX_MS = 300_000;

export type FailureCondition = NonNullable<Delivery['condition']>;

/** What the queue needs from its function. */
export interface AsyncHost {
  /** Starts one event now, or says why Lambda refused it. */
  startAsync(enqueuedMs: number, attempts: number, chainDepth: number): RefusalReason | null;
  /** Reserved concurrency 0: events go straight to the DLQ or on-failure destination, without retries (§1.2). */
  readonly reservedZero: boolean;
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeMs: number;
  /** Hands events that gave up to the on-failure destination and the DLQ; false when there is neither. */
  sendToFailureTargets(condition: FailureCondition, count: number, chainDepth: number): boolean;
  onThrottled(reason: RefusalReason, enqueuedMs: number): void;
  onGaveUp(condition: FailureCondition, count: number, deadLettered: boolean): void;
}

/**
 * A function's internal queue for asynchronous events (lambda-model.md §5).
 * A poller takes events in order while the function admits them. A refused
 * event (429, 5xx) stays at the head and the poller backs off (1 s doubling to
 * 5 min; a success resets it); when one of the function's invocations ends,
 * freed concurrency wakes the poller at once. Events older than
 * maximumEventAgeSeconds are discarded when their turn comes. A function error
 * puts the event on a retry line, due 1 min (then 2 min) after the failed
 * attempt ended, up to maximumRetryAttempts; then the event goes to the
 * on-failure destination or the DLQ, else it is dropped.
 */
export class AsyncQueue implements EventTarget {
  private readonly ready = new EventRing();
  /** One line per retry attempt: each is in due-time order, since every event on it waited the same delay. */
  private readonly retryLines = [new EventRing(), new EventRing()];
  private backoffMs = 0;
  /** Generation of the pending poller wake-up (backoff or retry due); stale wake-ups are ignored. */
  private wakeGeneration = 0;
  private wakeAtMs = Infinity;
  private pumping = false;
  private waitingForCompletion = false;

  received = 0;
  succeeded = 0;
  /** Events that gave up (AsyncEventsDropped), whether or not a DLQ or destination took them. */
  gaveUp = 0;
  deadLettered = 0;
  inFlight = 0;
  maxQueued = 0;

  constructor(
    private readonly kernel: SimKernel,
    private readonly host: AsyncHost,
  ) {}

  /** Events waiting: ready, backing off, or waiting to retry. */
  get queued(): number {
    return this.ready.events + this.retryLines[0].events + this.retryLines[1].events;
  }

  enqueue(chainDepth: number, count: number): void {
    this.received += count;
    this.ready.push(this.kernel.now, this.kernel.now, 0, chainDepth, count);
    const queued = this.queued;
    if (queued > this.maxQueued) this.maxQueued = queued;
    // While backing off after a throttle, or while the function is full, new events wait their turn.
    if (this.backoffMs === 0 && !this.waitingForCompletion) this.pump();
  }

  /**
   * One of the function's invocations ended: its environment is free, so
   * events may start now, backoff or not. A refusal after a start in the same
   * wake-up is not a throttle: the poller saw the function full and waits for
   * the next completion (counting one would add a throttle per completion).
   */
  wake(): void {
    if (!this.ready.isEmpty) this.pump(true);
  }

  /** An async invocation ended. */
  finished(status: 'success' | 'error' | 'timeout', enqueuedMs: number, attempts: number, chainDepth: number): void {
    this.inFlight--;
    if (status === 'success') {
      this.succeeded++;
      return;
    }
    if (attempts < this.host.maximumRetryAttempts && attempts < FUNCTION_ERROR_RETRY_DELAYS_MS.length) {
      const due = this.kernel.now + FUNCTION_ERROR_RETRY_DELAYS_MS[attempts];
      this.retryLines[attempts].push(due, enqueuedMs, attempts + 1, chainDepth, 1);
      this.scheduleWake(due);
    } else {
      this.giveUp('RetriesExhausted', 1, chainDepth);
    }
  }

  fire(generation: number): void {
    if (generation !== this.wakeGeneration) return;
    this.wakeAtMs = Infinity;
    this.pump();
  }

  private pump(fromCompletion = false): void {
    if (this.pumping) return;
    this.pumping = true;
    const now = this.kernel.now;
    const host = this.host;
    for (const line of this.retryLines) {
      while (!line.isEmpty && line.headDueMs <= now) {
        this.ready.push(now, line.headEnqueuedMs, line.headAttempts, line.headChainDepth, line.headCount);
        line.takeFromHead(line.headCount);
      }
    }
    const ready = this.ready;
    let throttled = false;
    let starts = 0;
    let saturated = false;
    while (!ready.isEmpty) {
      const enqueuedMs = ready.headEnqueuedMs;
      const chainDepth = ready.headChainDepth;
      if (now - enqueuedMs > host.maximumEventAgeMs) {
        const n = ready.headCount;
        ready.takeFromHead(n);
        this.giveUp('EventAgeExceeded', n, chainDepth);
        continue;
      }
      if (host.reservedZero) {
        const n = ready.headCount;
        ready.takeFromHead(n);
        this.giveUp('RetriesExhausted', n, chainDepth);
        continue;
      }
      const attempts = ready.headAttempts;
      const refusal = host.startAsync(enqueuedMs, attempts, chainDepth);
      if (refusal === null) {
        ready.takeFromHead(1);
        this.inFlight++;
        this.backoffMs = 0;
        starts++;
        continue;
      }
      if (refusal === 'RecursiveInvocationLoopDetected') {
        ready.takeFromHead(1);
        this.giveUp('RecursiveInvocationLoopDetected', 1, chainDepth);
        continue;
      }
      if (fromCompletion && starts > 0) {
        saturated = true;
        break;
      }
      host.onThrottled(refusal, enqueuedMs);
      this.backoffMs = this.backoffMs === 0 ? THROTTLE_BACKOFF_FIRST_MS : Math.min(THROTTLE_BACKOFF_MAX_MS, this.backoffMs * 2);
      throttled = true;
      break;
    }
    this.pumping = false;
    // Saturated: an invocation just started, and its end wakes the poller again.
    this.waitingForCompletion = saturated;
    if (ready.isEmpty) this.backoffMs = 0;
    let next = Infinity;
    if (throttled) next = now + this.backoffMs;
    for (const line of this.retryLines) if (!line.isEmpty) next = Math.min(next, line.headDueMs);
    if (next < Infinity) this.scheduleWake(next, throttled);
  }

  private scheduleWake(atMs: number, replace = false): void {
    if (!replace && atMs >= this.wakeAtMs) return;
    this.wakeAtMs = atMs;
    this.kernel.schedule(atMs, this, ++this.wakeGeneration);
  }

  private giveUp(condition: FailureCondition, count: number, chainDepth: number): void {
    this.gaveUp += count;
    const delivered = this.host.sendToFailureTargets(condition, count, chainDepth);
    if (delivered) this.deadLettered += count;
    this.host.onGaveUp(condition, count, delivered);
  }
}
