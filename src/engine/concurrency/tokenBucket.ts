/**
 * A token bucket refilled continuously: `capacity` tokens at most, `refillPerSecond`
 * added over time, nothing accrued beyond the capacity. Lambda's scaling rate,
 * the requests-per-second cap and API Gateway throttling are all of this shape.
 */
export class TokenBucket {
  private tokens: number;
  private lastMs = 0;

  constructor(
    private capacity: number,
    private refillPerSecond: number,
    /** Tokens at t = 0; a full bucket unless said otherwise. */
    initialTokens = capacity,
    /** Nothing is added before this time (the initial tokens are that period's allowance). */
    refillFromMs = 0,
  ) {
    this.tokens = initialTokens;
    this.lastMs = refillFromMs;
  }

  available(nowMs: number): number {
    this.refill(nowMs);
    return this.tokens;
  }

  /** Takes one token when there is a whole one. */
  tryTake(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** New limits from now; a larger capacity comes with its extra tokens (a raised limit is usable at once). */
  reconfigure(nowMs: number, capacity: number, refillPerSecond: number): void {
    this.refill(nowMs);
    const raise = Math.max(0, capacity - this.capacity);
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.tokens = Math.min(this.tokens + raise, capacity);
  }

  private refill(nowMs: number): void {
    if (nowMs > this.lastMs) {
      this.tokens = Math.min(this.capacity, this.tokens + ((nowMs - this.lastMs) / 1000) * this.refillPerSecond);
      this.lastMs = nowMs;
    }
  }
}
