import type { EventTarget } from '../kernel/eventQueue';
import type { SimKernel } from '../kernel/kernel';
import type { Delivery, RefusalReason } from '../ports';
import { EventRing } from './eventRing';
import { ExpiryHeap } from './expiryHeap';

/** §5: function errors are retried about 1 minute after the first attempt, then 2 minutes after the second. */
export const FUNCTION_ERROR_RETRY_DELAYS_MS = [60_000, 120_000] as const;
/** §5: throttles and system errors are retried from 1 s, the interval doubling up to 5 minutes. */
export const THROTTLE_BACKOFF_FIRST_MS = 1000;
export const THROTTLE_BACKOFF_MAX_MS = 300_000;
/** Back-off levels 1 s, 2 s, … 256 s, then 300 s for every later throttle. */
const THROTTLE_LEVELS = 10;
/** An event the function's own destination sends back to it joins the queue this much later, so time passes between hops. */
export const REENTRANT_DELAY_MS = 1;

export type FailureCondition = NonNullable<Delivery['condition']>;

/** The back-off after the event's `throttles`-th refusal in a row (1-based): 1 s doubling to 5 minutes. */
export function throttleBackoffMs(throttles: number): number {
  return Math.min(THROTTLE_BACKOFF_MAX_MS, THROTTLE_BACKOFF_FIRST_MS * 2 ** Math.min(throttles - 1, THROTTLE_LEVELS - 1));
}

/** What the queue needs from its function. */
export interface AsyncHost {
  /**
   * Starts one event now, or says why Lambda refused it: a throttle, or
   * RecursiveInvocationLoopDetected for an event past the chain limit (§9),
   * checked before anything else.
   */
  startAsync(enqueuedMs: number, attempts: number, chainDepth: number): RefusalReason | null;
  /** Reserved concurrency 0: events go straight to the DLQ or on-failure destination, without retries (§1.2). */
  readonly reservedZero: boolean;
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeMs: number;
  /** Hands events that gave up to the on-failure destination and the DLQ; false when there is neither. */
  sendToFailureTargets(condition: FailureCondition, count: number, chainDepth: number): boolean;
  onThrottled(reason: RefusalReason, count: number): void;
  onRecursionStopped(count: number): void;
  onGaveUp(condition: FailureCondition, count: number, deadLettered: boolean): void;
}

/**
 * A function's internal queue for asynchronous events (lambda-model.md §5),
 * with a retry schedule per event and no queue-wide back-off:
 * - a new event is tried when it arrives;
 * - a throttled event (429, 5xx) is tried again 1 s later, then 2 s, 4 s …
 *   up to 5 minutes between tries (its own count of refusals in a row);
 * - a function error is retried 1 min, then 2 min after the failed attempt
 *   ended, up to maximumRetryAttempts; then the event goes to the on-failure
 *   destination or the DLQ, else it is dropped;
 * - an event whose next try would come after maximumEventAgeSeconds is
 *   discarded (EventAgeExceeded) the moment it reaches that age.
 * Every line holds events waiting the same delay, so each is in due order;
 * one wake-up at the earliest due time serves them all.
 */
export class AsyncQueue implements EventTarget {
  /** New events, tried at once. */
  private readonly ready = new EventRing();
  /** Events sent back to this function while it was handing out others (its own destination). */
  private readonly reentrant = new EventRing();
  /** Line k: events refused k+1 times in a row, waiting throttleBackoffMs(k+1). */
  private readonly throttleLines = Array.from({ length: THROTTLE_LEVELS }, () => new EventRing());
  /** Line k: events waiting for retry attempt k+1 after a function error. */
  private readonly retryLines = [new EventRing(), new EventRing()];
  private readonly lines: readonly EventRing[];
  private readonly expiring = new ExpiryHeap();
  /** Generation of the pending wake-up; stale wake-ups are ignored. */
  private wakeGeneration = 0;
  private wakeAtMs = Infinity;
  private pumping = false;

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
    readonly ownerId = '',
  ) {
    // At one instant, retries go before new events, the longest-waiting line first.
    this.lines = [...this.retryLines.toReversed(), ...this.throttleLines.toReversed(), this.reentrant, this.ready];
  }

  /** Events waiting: new, backing off after a throttle, waiting to retry, or waiting to expire. */
  get queued(): number {
    let n = this.expiring.events;
    for (const line of this.lines) n += line.events;
    return n;
  }

  enqueue(chainDepth: number, count: number): void {
    this.received += count;
    const now = this.kernel.now;
    if (this.pumping) {
      // Sent back by this very queue (a destination that is the function itself): it waits its turn.
      this.reentrant.push(now + REENTRANT_DELAY_MS, now, 0, chainDepth, count);
      this.scheduleWake(now + REENTRANT_DELAY_MS);
    } else {
      this.ready.push(now, now, 0, chainDepth, count);
    }
    const queued = this.queued;
    if (queued > this.maxQueued) this.maxQueued = queued;
    if (!this.pumping) this.pump();
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
      if (!this.expireInstead(due, enqueuedMs, 1, chainDepth)) {
        this.retryLines[attempts].push(due, enqueuedMs, attempts + 1, chainDepth, 1);
        this.scheduleWake(due);
      }
    } else {
      this.giveUp('RetriesExhausted', 1, chainDepth);
    }
  }

  fire(generation: number): void {
    if (generation !== this.wakeGeneration) return;
    this.wakeAtMs = Infinity;
    this.pump();
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    const now = this.kernel.now;
    const host = this.host;
    const lines = this.lines;
    const expiring = this.expiring;
    for (;;) {
      while (!expiring.isEmpty && expiring.topAtMs <= now) {
        const n = expiring.topCount;
        const depth = expiring.topChainDepth;
        expiring.pop();
        this.giveUp('EventAgeExceeded', n, depth);
      }
      // The line whose head is due first (ties: the order of `lines`).
      let line: EventRing | null = null;
      let due = Infinity;
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!l.isEmpty && l.headDueMs <= now && l.headDueMs < due) {
          due = l.headDueMs;
          line = l;
        }
      }
      if (line === null) break;
      this.tryHead(line, now, host);
    }
    this.pumping = false;
    let next = expiring.topAtMs;
    for (let i = 0; i < lines.length; i++) if (!lines[i].isEmpty && lines[i].headDueMs < next) next = lines[i].headDueMs;
    if (next < Infinity) this.scheduleWake(next);
  }

  /** Offers the line's head entry to the function: events start one by one until one is refused; the refusal then applies to the rest of the entry. */
  private tryHead(line: EventRing, now: number, host: AsyncHost): void {
    const enqueuedMs = line.headEnqueuedMs;
    const chainDepth = line.headChainDepth;
    const attempts = line.headAttempts;
    if (now - enqueuedMs >= host.maximumEventAgeMs) {
      const n = line.headCount;
      line.takeFromHead(n);
      this.giveUp('EventAgeExceeded', n, chainDepth);
      return;
    }
    let refusal: RefusalReason | null = null;
    while ((refusal = host.startAsync(enqueuedMs, attempts, chainDepth)) === null) {
      this.inFlight++;
      const last = line.headCount === 1;
      line.takeFromHead(1);
      if (last) return;
    }
    const n = line.headCount;
    const throttles = line.headThrottles + 1;
    line.takeFromHead(n);
    if (refusal === 'RecursiveInvocationLoopDetected') {
      host.onRecursionStopped(n);
      this.giveUp('RecursiveInvocationLoopDetected', n, chainDepth);
    } else if (host.reservedZero) {
      this.giveUp('RetriesExhausted', n, chainDepth);
    } else {
      host.onThrottled(refusal, n);
      const retryAt = now + throttleBackoffMs(throttles);
      if (!this.expireInstead(retryAt, enqueuedMs, n, chainDepth)) {
        this.throttleLines[Math.min(throttles, THROTTLE_LEVELS) - 1].push(retryAt, enqueuedMs, attempts, chainDepth, n, throttles);
      }
    }
  }

  /** An event whose next try would come at or after its maximum age waits to be discarded at that age instead. */
  private expireInstead(nextTryMs: number, enqueuedMs: number, count: number, chainDepth: number): boolean {
    const expiresAtMs = enqueuedMs + this.host.maximumEventAgeMs;
    if (nextTryMs < expiresAtMs) return false;
    this.expiring.push(expiresAtMs, count, chainDepth);
    this.scheduleWake(expiresAtMs);
    return true;
  }

  private scheduleWake(atMs: number): void {
    if (atMs >= this.wakeAtMs) return;
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
