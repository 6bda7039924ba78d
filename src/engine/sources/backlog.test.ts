import { describe, expect, it } from 'vitest';
import { countOf, enqueuedAt, poisonOf, RunQueue, splitRuns, type MessageRun } from './backlog';

const run = (over: Partial<MessageRun>): MessageRun => ({
  count: 1,
  firstSeq: 0,
  firstEnqueuedMs: 0,
  lastEnqueuedMs: 0,
  receiveCount: 0,
  chainDepth: 0,
  poison: false,
  ...over,
});

describe('RunQueue', () => {
  it('keeps a million messages enqueued one by one as a single run', () => {
    const queue = new RunQueue();
    for (let i = 0; i < 1_000_000; i++) queue.pushBack(run({ firstSeq: i, firstEnqueuedMs: i, lastEnqueuedMs: i }));
    expect(queue.size).toBe(1_000_000);
    expect(queue.runCount).toBe(1);
  });

  it('splits runs into batches, spreading enqueue times evenly', () => {
    const queue = new RunQueue();
    // 11 messages enqueued at 0, 100, ..., 1000 ms.
    queue.pushBack(run({ count: 11, firstEnqueuedMs: 0, lastEnqueuedMs: 1000 }));
    const batch = queue.take(4);
    expect(batch).toEqual([run({ count: 4, firstEnqueuedMs: 0, lastEnqueuedMs: 300 })]);
    expect(queue.size).toBe(7);
    expect(queue.peek()).toEqual(run({ count: 7, firstSeq: 4, firstEnqueuedMs: 400, lastEnqueuedMs: 1000 }));
    expect(enqueuedAt(queue.peek()!, 6)).toBe(1000);
  });

  it('does not merge messages that differ in receive count, chain depth or poison', () => {
    const queue = new RunQueue();
    queue.pushBack(run({ firstSeq: 0 }));
    queue.pushBack(run({ firstSeq: 1, receiveCount: 1 }));
    queue.pushBack(run({ firstSeq: 2, receiveCount: 1, chainDepth: 3 }));
    queue.pushBack(run({ firstSeq: 3, receiveCount: 1, chainDepth: 3, poison: true }));
    expect(queue.runCount).toBe(4);
  });

  it('puts reappearing messages in front, in their order, and reports the oldest', () => {
    const queue = new RunQueue();
    queue.pushBack(run({ count: 5, firstSeq: 10, firstEnqueuedMs: 500, lastEnqueuedMs: 900 }));
    queue.pushFront([run({ count: 2, firstSeq: 0, firstEnqueuedMs: 100, lastEnqueuedMs: 200, receiveCount: 1 }), run({ count: 1, firstSeq: 2, firstEnqueuedMs: 300, lastEnqueuedMs: 300 })]);
    expect(queue.size).toBe(8);
    expect(queue.oldestEnqueuedMs()).toBe(100);
    expect(queue.take(8).map((r) => r.firstSeq)).toEqual([0, 2, 10]);
    expect(queue.oldestEnqueuedMs()).toBeNull();
  });

  it('expires the messages older than a cutoff', () => {
    const queue = new RunQueue();
    // 101 messages at 0, 10, ..., 1000 ms; a cutoff at 255 ms removes 0 … 250: 26 messages.
    queue.pushBack(run({ count: 101, firstEnqueuedMs: 0, lastEnqueuedMs: 1000 }));
    expect(countOf(queue.expireBefore(255))).toBe(26);
    expect(queue.size).toBe(75);
    expect(queue.peek()?.firstEnqueuedMs).toBe(260);
  });
});

describe('splitRuns (bisecting a batch)', () => {
  it('halves a batch across run boundaries and keeps the poison record on its side', () => {
    const batch = [run({ count: 3, firstSeq: 0 }), run({ count: 1, firstSeq: 3, poison: true }), run({ count: 4, firstSeq: 4 })];
    const [a, b] = splitRuns(batch, 4);
    expect(countOf(a)).toBe(4);
    expect(countOf(b)).toBe(4);
    expect(poisonOf(a)).toBe(1);
    expect(poisonOf(b)).toBe(0);
    const [c, d] = splitRuns(batch, 2);
    expect(c).toEqual([run({ count: 2, firstSeq: 0 })]);
    expect(d.map((r) => [r.firstSeq, r.count])).toEqual([[2, 1], [3, 1], [4, 4]]);
  });
});
