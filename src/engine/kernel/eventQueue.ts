/**
 * The run's single event queue: a binary min-heap keyed by (time, insertion
 * sequence), so events at the same instant run in the order they were
 * scheduled (the SimPy rule; design.md "The engine"). Entries live in parallel
 * typed arrays, so scheduling an event allocates nothing.
 */

/** Whatever an event wakes up; `arg` tells it which of its things is due (an environment index, a generation). */
export interface EventTarget {
  fire(arg: number): void;
}

const INITIAL_CAPACITY = 1024;

export class EventQueue {
  private times = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private args = new Float64Array(INITIAL_CAPACITY);
  private targets: (EventTarget | null)[] = Array.from({ length: INITIAL_CAPACITY }, () => null);
  private count = 0;
  private nextSeq = 0;

  /** Set by `pop`: the event just taken off the queue. */
  poppedTimeMs = 0;
  poppedArg = 0;
  poppedTarget: EventTarget | null = null;

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTimeMs(): number {
    return this.count > 0 ? this.times[0] : Infinity;
  }

  push(timeMs: number, target: EventTarget, arg: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    // Sift the hole up from the end, then drop the entry in.
    let hole = this.count++;
    const times = this.times;
    const seqs = this.seqs;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const pt = times[parent];
      if (pt < timeMs || (pt === timeMs && seqs[parent] < seq)) break;
      this.move(parent, hole);
      hole = parent;
    }
    times[hole] = timeMs;
    seqs[hole] = seq;
    this.args[hole] = arg;
    this.targets[hole] = target;
  }

  /** Takes the earliest event into `popped*`; false when the queue is empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    this.poppedTimeMs = this.times[0];
    this.poppedArg = this.args[0];
    this.poppedTarget = this.targets[0];
    const last = --this.count;
    if (last > 0) {
      const t = this.times[last];
      const s = this.seqs[last];
      const a = this.args[last];
      const target = this.targets[last];
      this.targets[last] = null;
      const times = this.times;
      const seqs = this.seqs;
      let hole = 0;
      for (;;) {
        let child = 2 * hole + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) child = right;
        const ct = times[child];
        if (ct > t || (ct === t && seqs[child] > s)) break;
        this.move(child, hole);
        hole = child;
      }
      times[hole] = t;
      seqs[hole] = s;
      this.args[hole] = a;
      this.targets[hole] = target;
    } else {
      this.targets[0] = null;
    }
    return true;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.seqs[to] = this.seqs[from];
    this.args[to] = this.args[from];
    this.targets[to] = this.targets[from];
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grow = (a: Float64Array) => {
      const b = new Float64Array(capacity);
      b.set(a);
      return b;
    };
    this.times = grow(this.times);
    this.seqs = grow(this.seqs);
    this.args = grow(this.args);
    for (let i = this.targets.length; i < capacity; i++) this.targets.push(null);
  }
}
