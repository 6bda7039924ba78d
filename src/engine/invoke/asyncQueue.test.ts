import { describe, expect, it } from 'vitest';
import { SimKernel } from '../kernel/kernel';
import type { RefusalReason } from '../ports';
import { AsyncQueue, type AsyncHost, type FailureCondition } from './asyncQueue';

/** A host whose function refuses or runs each attempt as told, and records what the queue did. */
function harness(opts: {
  refuse: boolean;
  fail: boolean;
  runMs: number;
  retries?: number;
  maxAgeSeconds?: number;
  reservedZero?: boolean;
  targets?: boolean;
  /** Concurrent invocations the function admits (unlimited when absent). */
  capacity?: number;
  /** The on-failure destination is the function itself. */
  selfDestination?: boolean;
}) {
  const kernel = new SimKernel();
  const attemptsAt: number[] = [];
  const throttledAt: number[] = [];
  const enqueuedAt: number[] = [];
  const gaveUp: { atMs: number; condition: FailureCondition; deadLettered: boolean; count: number; enqueuedMs?: number }[] = [];
  let recursionStopped = 0;
  let busy = 0;
  let queue: AsyncQueue;
  const host: AsyncHost = {
    startAsync(enqueuedMs, attempts, chainDepth): RefusalReason | null {
      if (chainDepth >= 16) return 'RecursiveInvocationLoopDetected';
      if (opts.refuse || opts.reservedZero) return 'ReservedFunctionConcurrentInvocationLimitExceeded';
      if (opts.capacity !== undefined && busy >= opts.capacity) return 'ReservedFunctionConcurrentInvocationLimitExceeded';
      busy++;
      attemptsAt.push(kernel.now);
      kernel.after(opts.runMs, () => {
        busy--;
        queue.finished(opts.fail ? 'error' : 'success', enqueuedMs, attempts, chainDepth);
      });
      return null;
    },
    reservedZero: opts.reservedZero ?? false,
    maximumRetryAttempts: opts.retries ?? 2,
    maximumEventAgeMs: (opts.maxAgeSeconds ?? 21_600) * 1000,
    sendToFailureTargets: (condition, count, chainDepth) => {
      if (opts.selfDestination) {
        if (condition !== 'RecursiveInvocationLoopDetected') queue.enqueue(chainDepth + 1, count);
        return true;
      }
      return opts.targets ?? true;
    },
    onThrottled: (_reason, count) => {
      for (let i = 0; i < count; i++) throttledAt.push(kernel.now);
    },
    onRecursionStopped: (count) => (recursionStopped += count),
    onGaveUp: (condition, count, deadLettered) => gaveUp.push({ atMs: kernel.now, condition, deadLettered, count }),
  };
  queue = new AsyncQueue(kernel, host);
  const runAll = () => {
    while (kernel.step(Infinity));
  };
  const enqueue = (atMs: number, count = 1) =>
    kernel.at(atMs, () => {
      enqueuedAt.push(kernel.now);
      queue.enqueue(0, count);
    });
  return { kernel, queue, attemptsAt, throttledAt, gaveUp, runAll, enqueue, enqueuedAt, recursionStopped: () => recursionStopped };
}

describe('the async invocation queue (§5)', () => {
  it('retries a function error 1 minute, then 2 minutes after the failed attempt, then gives up (RetriesExhausted)', () => {
    const h = harness({ refuse: false, fail: true, runMs: 500 });
    h.queue.enqueue(0, 1);
    h.runAll();
    // Attempt 1 at 0 ends at 0.5 s; attempt 2 at 60.5 s ends at 61 s; attempt 3 at 181 s ends at 181.5 s.
    expect(h.attemptsAt).toEqual([0, 60_500, 181_000]);
    expect(h.gaveUp).toEqual([{ atMs: 181_500, condition: 'RetriesExhausted', deadLettered: true, count: 1 }]);
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
    expect(h.gaveUp).toEqual([{ atMs: 100, condition: 'RetriesExhausted', deadLettered: false, count: 1 }]);
    expect(h.queue.gaveUp).toBe(1);
    expect(h.queue.deadLettered).toBe(0);
  });

  it('backs off throttles from 1 s, doubling to 5 minutes, and discards the event the moment it reaches maximumEventAgeSeconds', () => {
    const h = harness({ refuse: true, fail: false, runMs: 0, maxAgeSeconds: 1200 });
    h.queue.enqueue(0, 1);
    h.runAll();
    // Tries at 0, 1, 3, 7, 15, 31, 63, 127, 255, 511 s, then the 300 s cap: 811, 1111; the next (1411 s) would be past 1,200 s.
    expect(h.throttledAt).toEqual([0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 811, 1111].map((s) => s * 1000));
    expect(h.gaveUp).toEqual([{ atMs: 1_200_000, condition: 'EventAgeExceeded', deadLettered: true, count: 1 }]);
    expect(h.queue.queued).toBe(0);
  });

  it('backs off each event on its own schedule, not one back-off for the whole queue', () => {
    // Nine events one second apart to a function that refuses them all, maximum age 60 s:
    // each is tried at its arrival and 1, 3, 7, 15, 31 s later (6 throttles); its next try (63 s) is past 60 s.
    const h = harness({ refuse: true, fail: false, runMs: 0, maxAgeSeconds: 60 });
    for (let i = 0; i < 9; i++) h.enqueue(i * 1000);
    h.runAll();
    const expected = [];
    for (let i = 0; i < 9; i++) for (const d of [0, 1, 3, 7, 15, 31]) expected.push((i + d) * 1000);
    expect(h.throttledAt).toEqual(expected.sort((a, b) => a - b));
    expect(h.gaveUp.map((g) => g.atMs)).toEqual(Array.from({ length: 9 }, (_, i) => (i + 60) * 1000));
    expect(h.gaveUp.every((g) => g.condition === 'EventAgeExceeded')).toBe(true);
  });

  it('with a busy function, no event waits past the maximum age, and none is discarded before it', () => {
    // One environment, 10 s per invocation, an event every second, maximum age 60 s: most events age out.
    const h = harness({ refuse: false, fail: false, runMs: 10_000, capacity: 1, maxAgeSeconds: 60 });
    for (let i = 0; i < 120; i++) h.enqueue(i * 1000);
    const queuedAt: { atMs: number; queued: number }[] = [];
    for (let t = 0; t <= 400_000; t += 1000) h.kernel.at(t + 0.5, () => queuedAt.push({ atMs: t, queued: h.queue.queued }));
    h.runAll();
    const expired = h.gaveUp.filter((g) => g.condition === 'EventAgeExceeded').reduce((n, g) => n + g.count, 0);
    expect(h.queue.succeeded + expired).toBe(120);
    // Every event still queued arrived less than 60 s ago: after the last arrival (119 s), the queue is empty by 179 s.
    for (const q of queuedAt) if (q.atMs >= 179_000) expect(q.queued).toBe(0);
    // Each discard happens exactly at an arrival time + 60 s.
    for (const g of h.gaveUp) expect(h.enqueuedAt).toContain(g.atMs - 60_000);
    // Events are throttled on their own schedules: far more than one throttle per completion.
    expect(h.throttledAt.length).toBeGreaterThan(3 * h.attemptsAt.length);
  });

  it('an on-failure destination that is the function itself passes time between hops and stops at the chain limit (§9)', () => {
    const h = harness({ refuse: false, fail: false, runMs: 0, reservedZero: true, selfDestination: true });
    h.queue.enqueue(0, 1);
    h.runAll();
    // Depths 0 … 15 go straight to the destination (the function itself); depth 16 is the 17th invocation of the chain.
    expect(h.queue.received).toBe(17);
    expect(h.recursionStopped()).toBe(1);
    expect(h.queue.gaveUp).toBe(17);
    expect(h.gaveUp.map((g) => g.atMs)).toEqual(Array.from({ length: 17 }, (_, i) => i));
    expect(h.gaveUp.at(-1)?.condition).toBe('RecursiveInvocationLoopDetected');
  });

  it('with reserved concurrency 0 sends events straight to the DLQ or destination, without any attempt', () => {
    const h = harness({ refuse: false, fail: false, runMs: 100, reservedZero: true });
    h.queue.enqueue(0, 3);
    h.runAll();
    expect(h.attemptsAt).toEqual([]);
    expect(h.throttledAt).toEqual([]);
    expect(h.gaveUp).toEqual([{ atMs: 0, condition: 'RetriesExhausted', deadLettered: true, count: 3 }]);
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
