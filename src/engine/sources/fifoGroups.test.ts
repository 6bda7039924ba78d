import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf } from './backlog';
import { FifoGroups, type GroupBatch } from './fifoGroups';

const message = (count: number, atMs: number) => ({ count, firstEnqueuedMs: atMs, lastEnqueuedMs: atMs, receiveCount: 0, chainDepth: 0, poison: false });

type Op = { type: 'send'; group: number; count: number } | { type: 'poll' } | { type: 'finish'; pick: number; ok: boolean };

describe('FIFO message groups (§6.2)', () => {
  it('with 3 groups never has more than 3 batches in flight, one per group', () => {
    const groups = new FifoGroups(3);
    for (let i = 0; i < 30; i++) groups.enqueue(i % 3, message(1, i));
    const inFlight: GroupBatch[] = [];
    for (let b = groups.takeBatch(2); b; b = groups.takeBatch(2)) inFlight.push(b);
    expect(inFlight.map((b) => b.group)).toEqual([0, 1, 2]);
    expect(groups.takeBatch(2)).toBeNull();
    groups.release(1);
    expect(groups.takeBatch(2)?.group).toBe(1);
  });

  it('property: order per group, one batch per group, failures retried first, nothing lost', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ type: fc.constant('send' as const), group: fc.nat(4), count: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ type: fc.constant('poll' as const) }),
      fc.record({ type: fc.constant('finish' as const), pick: fc.nat(10), ok: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.array(op, { maxLength: 200 }), (groupCount, batchSize, ops) => {
        const groups = new FifoGroups(groupCount);
        const sent = Array.from({ length: groupCount }, () => 0);
        const processed = Array.from({ length: groupCount }, () => 0);
        const inFlight: GroupBatch[] = [];
        let t = 0;
        const finish = (batch: GroupBatch, ok: boolean) => {
          if (ok) {
            // The batch must continue exactly where the group's processed messages end.
            expect(batch.runs[0].firstSeq).toBe(processed[batch.group]);
            processed[batch.group] += countOf(batch.runs);
            groups.release(batch.group);
          } else {
            groups.release(batch.group, batch.runs);
          }
        };
        for (const o of ops) {
          if (o.type === 'send') {
            const g = o.group % groupCount;
            groups.enqueue(g, message(o.count, t++));
            sent[g] += o.count;
          } else if (o.type === 'poll') {
            const batch = groups.takeBatch(batchSize);
            if (batch) {
              expect(inFlight.some((b) => b.group === batch.group)).toBe(false);
              expect(batch.runs[0].firstSeq).toBe(processed[batch.group]);
              expect(countOf(batch.runs)).toBeLessThanOrEqual(batchSize);
              inFlight.push(batch);
            }
          } else if (inFlight.length > 0) {
            finish(inFlight.splice(o.pick % inFlight.length, 1)[0], o.ok);
          }
          expect(inFlight.length).toBeLessThanOrEqual(groupCount);
          expect(groups.heldGroups).toBe(inFlight.length);
        }
        // Drain: every message sent is processed once, in order.
        for (const b of inFlight.splice(0)) finish(b, true);
        for (let b = groups.takeBatch(batchSize); b; b = groups.takeBatch(batchSize)) finish(b, true);
        expect(processed).toEqual(sent);
      }),
    );
  });
});
