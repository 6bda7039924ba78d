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

describe('EventQueue lanes', () => {
  it('keeps one pending event per lane and the same (time, insertion) order as one heap (property)', () => {
    type Op = { kind: 'heap' | 'lane' | 'pop'; lane: number; t: number };
    const opArb = fc.record({ kind: fc.constantFrom<'heap' | 'lane' | 'pop'>('heap', 'lane', 'pop'), lane: fc.integer({ min: 0, max: 2 }), t: fc.integer({ min: 0, max: 10 }) });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), (ops: Op[]) => {
        const q = new EventQueue();
        const lanes = [q.createLane(), q.createLane(), q.createLane()];
        const target: EventTarget = { fire: () => undefined };
        // The model: every pending event with its insertion number; a lane holds at most one.
        let model: { t: number; i: number; lane: number }[] = [];
        let i = 0;
        for (const op of ops) {
          if (op.kind === 'heap') {
            q.push(op.t, target, i);
            model.push({ t: op.t, i, lane: -1 });
            i++;
          } else if (op.kind === 'lane') {
            q.pushLane(lanes[op.lane], op.t, target, i);
            model = model.filter((e) => e.lane !== op.lane);
            model.push({ t: op.t, i, lane: op.lane });
            i++;
          } else {
            model.sort((a, b) => a.t - b.t || a.i - b.i);
            const want = model.shift();
            expect(q.pop()).toBe(want !== undefined);
            if (want) expect({ t: q.poppedTimeMs, i: q.poppedArg }).toEqual({ t: want.t, i: want.i });
          }
          expect(q.size).toBe(model.length);
          expect(q.peekTimeMs()).toBe(model.length ? Math.min(...model.map((e) => e.t)) : Infinity);
        }
      }),
      { numRuns: 300 },
    );
  });
});
