/**
 * Async events whose next attempt would come after their maximum age: they
 * wait here, in a binary min-heap keyed by (expiry time, arrival order), to be
 * discarded exactly when they reach that age (lambda-model.md §5). Columns
 * live in typed arrays, so a million waiting events allocate nothing each.
 */
function grow<T extends Float64Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export class ExpiryHeap {
  private atMs = new Float64Array(64);
  private seqs = new Float64Array(64);
  private counts = new Float64Array(64);
  private chainDepths = new Uint16Array(64);
  private size = 0;
  private nextSeq = 0;
  /** Events held (the sum of counts). */
  events = 0;

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** When the earliest events expire; Infinity when empty. */
  get topAtMs(): number {
    return this.size > 0 ? this.atMs[0] : Infinity;
  }
  get topCount(): number {
    return this.counts[0];
  }
  get topChainDepth(): number {
    return this.chainDepths[0];
  }

  push(atMs: number, count: number, chainDepth: number): void {
    if (this.size === this.atMs.length) this.grow();
    let i = this.size++;
    const seq = this.nextSeq++;
    this.events += count;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.atMs[parent] < atMs || (this.atMs[parent] === atMs && this.seqs[parent] < seq)) break;
      this.move(parent, i);
      i = parent;
    }
    this.atMs[i] = atMs;
    this.seqs[i] = seq;
    this.counts[i] = count;
    this.chainDepths[i] = Math.min(chainDepth, 65_535);
  }

  /** Removes the earliest entry. */
  pop(): void {
    if (this.size === 0) return;
    this.events -= this.counts[0];
    const last = --this.size;
    if (last === 0) return;
    const atMs = this.atMs[last];
    const seq = this.seqs[last];
    const count = this.counts[last];
    const depth = this.chainDepths[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (this.atMs[right] < this.atMs[child] || (this.atMs[right] === this.atMs[child] && this.seqs[right] < this.seqs[child]))) child = right;
      if (atMs < this.atMs[child] || (atMs === this.atMs[child] && seq < this.seqs[child])) break;
      this.move(child, i);
      i = child;
    }
    this.atMs[i] = atMs;
    this.seqs[i] = seq;
    this.counts[i] = count;
    this.chainDepths[i] = depth;
  }

  private move(from: number, to: number): void {
    this.atMs[to] = this.atMs[from];
    this.seqs[to] = this.seqs[from];
    this.counts[to] = this.counts[from];
    this.chainDepths[to] = this.chainDepths[from];
  }

  private grow(): void {
    const capacity = this.atMs.length * 2;
    this.atMs = grow(this.atMs, new Float64Array(capacity));
    this.seqs = grow(this.seqs, new Float64Array(capacity));
    this.counts = grow(this.counts, new Float64Array(capacity));
    this.chainDepths = grow(this.chainDepths, new Uint16Array(capacity));
  }
}
