/**
 * A first-in first-out ring of queued async events, column by column in typed
 * arrays: a million queued events are a few arrays, not a million objects
 * (design.md "The engine"). Events queued together share one entry (`count`).
 */
export class EventRing {
  private dueMs = new Float64Array(64);
  private enqueuedMs = new Float64Array(64);
  private counts = new Float64Array(64);
  private attempts = new Uint8Array(64);
  private throttles = new Uint8Array(64);
  private chainDepths = new Uint16Array(64);
  private head = 0;
  private entries = 0;
  /** Events held (the sum of counts). */
  events = 0;

  get isEmpty(): boolean {
    return this.entries === 0;
  }

  /** `throttles`: how many times in a row Lambda has refused these events since their last attempt ran (sets their back-off). */
  push(dueMs: number, enqueuedMs: number, attempts: number, chainDepth: number, count: number, throttles = 0): void {
    if (this.entries === this.dueMs.length) this.grow();
    const i = (this.head + this.entries) & (this.dueMs.length - 1);
    this.dueMs[i] = dueMs;
    this.enqueuedMs[i] = enqueuedMs;
    this.attempts[i] = attempts;
    this.throttles[i] = Math.min(throttles, 255);
    this.chainDepths[i] = Math.min(chainDepth, 65_535);
    this.counts[i] = count;
    this.entries++;
    this.events += count;
  }

  get headDueMs(): number {
    return this.dueMs[this.head];
  }
  get headEnqueuedMs(): number {
    return this.enqueuedMs[this.head];
  }
  get headAttempts(): number {
    return this.attempts[this.head];
  }
  get headThrottles(): number {
    return this.throttles[this.head];
  }
  get headChainDepth(): number {
    return this.chainDepths[this.head];
  }
  get headCount(): number {
    return this.counts[this.head];
  }

  /** Removes `n` events (at most the head entry's count) from the head entry. */
  takeFromHead(n: number): void {
    this.counts[this.head] -= n;
    this.events -= n;
    if (this.counts[this.head] <= 0) {
      this.head = (this.head + 1) & (this.dueMs.length - 1);
      this.entries--;
    }
  }

  private grow(): void {
    const capacity = this.dueMs.length * 2;
    const mask = this.dueMs.length - 1;
    const copy = <T extends Float64Array | Uint8Array | Uint16Array>(from: T, to: T): T => {
      for (let k = 0; k < this.entries; k++) to[k] = from[(this.head + k) & mask];
      return to;
    };
    this.dueMs = copy(this.dueMs, new Float64Array(capacity));
    this.enqueuedMs = copy(this.enqueuedMs, new Float64Array(capacity));
    this.counts = copy(this.counts, new Float64Array(capacity));
    this.attempts = copy(this.attempts, new Uint8Array(capacity));
    this.throttles = copy(this.throttles, new Uint8Array(capacity));
    this.chainDepths = copy(this.chainDepths, new Uint16Array(capacity));
    this.head = 0;
  }
}
