import { describe, expect, it } from 'vitest';
import { SimKernel } from '../kernel/kernel';
import type { RefusalReason } from '../ports';
import { AsyncQueue, type AsyncHost, type FailureCondition } from './asyncQueue';

/** A host whose function refuses or runs each attempt as told, and records what the queue did. */
function harness(opts: { refuse: boolean; fail: boolean; runMs: number; retries?: number; maxAgeSeconds?: number; reservedZero?: boolean; targets?: boolean }) {
  const kernel = new SimKernel();
  const attemptsAt: number[] = [];
  const throttledAt: number[] = [];
  const gaveUp: { atMs: number; condition: FailureCondition; deadLettered: boolean }[] = [];
  let queue: AsyncQueue;
  const host: AsyncHost = {
    startAsync(enqueuedMs, attempts, chainDepth): RefusalReason | null {
      if (opts.refuse) return 'ReservedFunctionConcurrentInvocationLimitExceeded';
      attemptsAt.push(kernel.now);
      kernel.after(opts.runMs, () => queue.finished(opts.fail ? 'error' : 'success', enqueuedMs, attempts, chainDepth));
      return null;
    },
    reservedZero: opts.reservedZero ?? false,
    maximumRetryAttempts: opts.retries ?? 2,
    maximumEventAgeMs: (opts.maxAgeSeconds ?? 21_600) * 1000,
    sendToFailureTargets: () => opts.targets ?? true,
    onThrottled: () => throttledAt.push(kernel.now),
    onGaveUp: (condition, _count, deadLettered) => gaveUp.push({ atMs: kernel.now, condition, deadLettered }),
  };
  queue = new AsyncQueue(kernel, host);
  const runAll = () => {
    while (kernel.step(Infinity));
  };
  return { kernel, queue, attemptsAt, throttledAt, gaveUp, runAll };
}

describe('the async invocation queue (§5)', () => {
  it('retries a function error 1 minute, then 2 minutes after the failed attempt, then gives up (RetriesExhausted)', () => {
    const h = harness({ refuse: false, fail: true, runMs: 500 });
    h.queue.enqueue(0, 1);
    h.runAll();
    // Attempt 1 at 0 ends at 0.5 s; attempt 2 at 60.5 s ends at 61 s; attempt 3 at 181 s ends at 181.5 s.
    expect(h.attemptsAt).toEqual([0, 60_500, 181_000]);
    expect(h.gaveUp).toEqual([{ atMs: 181_500, condition: 'RetriesExhausted', deadLettered: true }]);
    expect(h.queue.gaveUp).toBe(1);
    expect(h.queue.deadLettered).toBe(1);
  });

  it('honours maximumRetryAttempts 0 and 1', () => {
    for (const retries of [0, 1]) {
      const h = harness({ refuse: false, fail: true, runMs: 100, retries });
      h.queue.enqueue(0, 1);
      h.runAll();
      expect(h.attemptsAt.length).toBe(retries + 1);
    }
  });

  it('drops the event when there is neither DLQ nor on-failure destination', () => {
    const h = harness({ refuse: false, fail: true, runMs: 100, retries: 0, targets: false });
    h.queue.enqueue(0, 1);
    h.runAll();
    expect(h.gaveUp).toEqual([{ atMs: 100, condition: 'RetriesExhausted', deadLettered: false }]);
    expect(h.queue.gaveUp).toBe(1);
    expect(h.queue.deadLettered).toBe(0);
  });

  it('backs off throttles from 1 s, doubling to 5 minutes, until the event is older than maximumEventAgeSeconds', () => {
    const h = harness({ refuse: true, fail: false, runMs: 0, maxAgeSeconds: 1200 });
    h.queue.enqueue(0, 1);
    h.runAll();
    // Tries at 0, 1, 3, 7, 15, 31, 63, 127, 255, 511 s, then the 300 s cap: 811, 1111; at 1411 s it is past 1,200 s.
    expect(h.throttledAt).toEqual([0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 811, 1111].map((s) => s * 1000));
    expect(h.gaveUp).toEqual([{ atMs: 1_411_000, condition: 'EventAgeExceeded', deadLettered: true }]);
  });

  it('with reserved concurrency 0 sends events straight to the DLQ or destination, without any attempt', () => {
    const h = harness({ refuse: false, fail: false, runMs: 100, reservedZero: true });
    h.queue.enqueue(0, 3);
    h.runAll();
    expect(h.attemptsAt).toEqual([]);
    expect(h.throttledAt).toEqual([]);
    expect(h.gaveUp).toEqual([{ atMs: 0, condition: 'RetriesExhausted', deadLettered: true }]);
    expect(h.queue.gaveUp).toBe(3);
  });

  it('holds a million queued events in a handful of arrays and accounts for every one', () => {
    const h = harness({ refuse: true, fail: false, runMs: 0 });
    for (let i = 0; i < 1_000_000; i++) {
      h.kernel.now = i;
      h.queue.enqueue(0, 1);
    }
    expect(h.queue.received).toBe(1_000_000);
    expect(h.queue.queued).toBe(1_000_000);
  });
});
