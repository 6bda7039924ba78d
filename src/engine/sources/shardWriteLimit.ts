/**
 * Kinesis write throughput per shard (lambda-model.md §6.3: "Write side: 1 MB/s
 * or 1,000 records/s per shard"). Records beyond it are refused to the producer
 * (ProvisionedThroughputExceededException); adding shards raises the limit.
 * Record sizes are not simulated, so the records-per-second limit is the one
 * that binds. A bucket per shard holds one second of writes and refills
 * continuously.
 */

/** §6.3: 1,000 records a second per shard. */
export const KINESIS_RECORDS_PER_SECOND_PER_SHARD = 1000;

export class ShardWriteLimits {
  private readonly tokens: Float64Array;
  private readonly refilledAtMs: Float64Array;

  constructor(
    shards: number,
    private readonly recordsPerSecond = KINESIS_RECORDS_PER_SECOND_PER_SHARD,
  ) {
    this.tokens = new Float64Array(shards).fill(recordsPerSecond);
    this.refilledAtMs = new Float64Array(shards);
  }

  /** How many of `count` records written to `shard` at `nowMs` the shard accepts. */
  admit(shard: number, count: number, nowMs: number): number {
    const elapsedMs = nowMs - this.refilledAtMs[shard];
    const available = Math.min(this.recordsPerSecond, this.tokens[shard] + (elapsedMs * this.recordsPerSecond) / 1000);
    this.refilledAtMs[shard] = nowMs;
    const accepted = Math.min(count, Math.floor(available));
    this.tokens[shard] = available - accepted;
    return accepted;
  }
}
