import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, type EventTarget } from './eventQueue';

describe('EventQueue', () => {
  it('pops by time, then by insertion order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3000 }), (times) => {
        const q = new EventQueue();
        const target: EventTarget = { fire: () => undefined };
        times.forEach((t, i) => q.push(t, target, i));
        // The independent truth: a stable sort by time keeps insertion order among ties.
        const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
        const got: { t: number; i: number }[] = [];
        while (q.pop()) got.push({ t: q.poppedTimeMs, i: q.poppedArg });
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the order when pushes and pops interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 })), { maxLength: 500 }), (ops) => {
        const q = new EventQueue();
        const target: EventTarget = { fire: () => undefined };
        const model: { t: number; i: number }[] = [];
        let i = 0;
        for (const [isPush, t] of ops) {
          if (isPush || model.length === 0) {
            q.push(t, target, i);
            model.push({ t, i });
            i++;
          } else {
            model.sort((a, b) => a.t - b.t || a.i - b.i);
            const want = model.shift()!;
            expect(q.pop()).toBe(true);
            expect({ t: q.poppedTimeMs, i: q.poppedArg }).toEqual(want);
          }
        }
        expect(q.size).toBe(model.length);
      }),
    );
  });
});
