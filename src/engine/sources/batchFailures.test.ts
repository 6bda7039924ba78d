import { describe, expect, it } from 'vitest';
import { countOf, poisonOf, type MessageRun } from './backlog';
import { partitionFailures, partitionFifoFailures } from './batchFailures';

const run = (firstSeq: number, count: number, poison = false): MessageRun => ({
  count,
  firstSeq,
  firstEnqueuedMs: firstSeq,
  lastEnqueuedMs: firstSeq + count - 1,
  receiveCount: 1,
  chainDepth: 0,
  poison,
});

describe('batch item failures', () => {
  const batch = [run(0, 4), run(4, 1, true), run(5, 5)];

  it('standard queue: only the poison message reappears', () => {
    const [ok, failed] = partitionFailures(batch, 1);
    expect(countOf(ok)).toBe(9);
    expect(failed).toEqual([run(4, 1, true)]);
  });

  it('standard queue: failures beyond the poison ones come from the end of the batch', () => {
    const [ok, failed] = partitionFailures(batch, 3);
    expect(countOf(ok)).toBe(7);
    expect(poisonOf(failed)).toBe(1);
    expect(failed.map((r) => r.firstSeq).sort((a, b) => a - b)).toEqual([4, 8]);
  });

  it('FIFO: the first failure and everything after it are retried, in order', () => {
    const [ok, failed] = partitionFifoFailures(batch, 1);
    expect(ok).toEqual([run(0, 4)]);
    expect(failed.map((r) => [r.firstSeq, r.count])).toEqual([[4, 1], [5, 5]]);
    const [ok2, failed2] = partitionFifoFailures([run(0, 10)], 2);
    expect(countOf(ok2)).toBe(8);
    expect(failed2[0].firstSeq).toBe(8);
  });
});
