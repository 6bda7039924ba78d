import { describe, expect, it } from 'vitest';
import { SeededRng } from '../kernel/rng';
import { ExpiryHeap } from './expiryHeap';

describe('the expiry heap of async events', () => {
  it('gives entries back in expiry order, ties in the order they came, and keeps the event count', () => {
    const heap = new ExpiryHeap();
    const rng = new SeededRng(7);
    const pushed: { atMs: number; count: number; order: number }[] = [];
    for (let i = 0; i < 5000; i++) {
      const atMs = Math.floor(rng.next() * 200) * 1000;
      const count = 1 + Math.floor(rng.next() * 3);
      heap.push(atMs, count, i % 17);
      pushed.push({ atMs, count, order: i });
    }
    expect(heap.events).toBe(pushed.reduce((n, p) => n + p.count, 0));
    const expected = pushed.toSorted((a, b) => a.atMs - b.atMs || a.order - b.order);
    const popped = [];
    while (!heap.isEmpty) {
      popped.push({ atMs: heap.topAtMs, count: heap.topCount, depth: heap.topChainDepth });
      heap.pop();
    }
    expect(popped).toEqual(expected.map((p) => ({ atMs: p.atMs, count: p.count, depth: p.order % 17 })));
    expect(heap.events).toBe(0);
    expect(heap.topAtMs).toBe(Infinity);
  });
});
