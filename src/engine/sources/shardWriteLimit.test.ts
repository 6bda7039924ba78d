import { describe, expect, it } from 'vitest';
import { ShardWriteLimits } from './shardWriteLimit';

describe('Kinesis write limit: 1,000 records a second per shard (§6.3)', () => {
  it('accepts a second of writes at once, then 1,000 a second', () => {
    const limits = new ShardWriteLimits(1);
    expect(limits.admit(0, 1500, 0)).toBe(1000);
    expect(limits.admit(0, 1500, 500)).toBe(500);
    expect(limits.admit(0, 1500, 2000)).toBe(1000);
  });

  it('1,500 records a second for 10 s into one shard: one full bucket plus 10 s of refill get in', () => {
    const limits = new ShardWriteLimits(1);
    let accepted = 0;
    for (let i = 0; i < 15_000; i++) accepted += limits.admit(0, 1, (i * 1000) / 1500);
    // 1,000 at the start + 1,000 a second over the 9.999 s the writes span.
    expect(accepted).toBeGreaterThanOrEqual(10_990);
    expect(accepted).toBeLessThanOrEqual(11_000);
  });

  it('keeps shards apart', () => {
    const limits = new ShardWriteLimits(2);
    expect(limits.admit(0, 1000, 0)).toBe(1000);
    expect(limits.admit(1, 1000, 0)).toBe(1000);
    expect(limits.admit(0, 1, 0)).toBe(0);
  });
});
