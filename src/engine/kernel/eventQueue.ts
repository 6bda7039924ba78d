/**
 * The run's single event queue: a binary min-heap keyed by (time, insertion
 * sequence), so events at the same instant run in the order they were
 * scheduled (the SimPy rule; design.md "The engine"). Entries live in parallel
 * typed arrays, so scheduling an event allocates nothing.
 *
 * Beside the heap, a few lanes each hold at most one pending event (an
 * arrival process's next arrival): pushing to a lane replaces its event.
 * Lane events take their sequence number from the same counter and are
 * compared with the heap's top by the same (time, sequence) key, so the order
 * of events is exactly that of one heap; a busy source just skips the sifting.
 */

/** Whatever an event wakes up; `arg` tells it which of its things is due (an environment index, a generation). */
export interface EventTarget {
  fire(arg: number): void;
  /** The node whose event this is, to name it when a run stalls. */
  readonly ownerId?: string;
}

const INITIAL_CAPACITY = 1024;
/** More lanes would make every pop scan them; later arrival processes use the heap. */
export const MAX_LANES = 8;

export class EventQueue {
  private times = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private args = new Float64Array(INITIAL_CAPACITY);
  private targets: (EventTarget | null)[] = Array.from({ length: INITIAL_CAPACITY }, () => null);
  private count = 0;
  private nextSeq = 0;

  private readonly laneTimes = new Float64Array(MAX_LANES).fill(Infinity);
  private readonly laneSeqs = new Float64Array(MAX_LANES);
  private readonly laneArgs = new Float64Array(MAX_LANES);
  private readonly laneTargets: (EventTarget | null)[] = Array.from({ length: MAX_LANES }, () => null);
  private lanes = 0;
  private activeLanes = 0;
  /** The lane with the earliest (time, sequence), or −1. */
  private bestLane = -1;

  /** Set by `pop`: the event just taken off the queue. */
  poppedTimeMs = 0;
  poppedArg = 0;
  poppedTarget: EventTarget | null = null;

  get size(): number {
    return this.count + this.activeLanes;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTimeMs(): number {
    const heapTime = this.count > 0 ? this.times[0] : Infinity;
    const b = this.bestLane;
    return b >= 0 && this.laneTimes[b] < heapTime ? this.laneTimes[b] : heapTime;
  }

  /** A lane of one's own, or −1 when all are taken (then use `push`). */
  createLane(): number {
    return this.lanes < MAX_LANES ? this.lanes++ : -1;
  }

  /** Sets the lane's one pending event, replacing the one it held. */
  pushLane(lane: number, timeMs: number, target: EventTarget, arg: number): void {
    this.pushLaneWithSeq(lane, timeMs, this.nextSeq++, target, arg);
  }

  /**
   * A sequence number taken now for an event pushed later (TimerLine): the
   * event then runs among those of its instant as if it had been pushed now.
   */
  reserveSeq(): number {
    return this.nextSeq++;
  }

  /** pushLane with a sequence number from reserveSeq. */
  pushLaneWithSeq(lane: number, timeMs: number, seq: number, target: EventTarget, arg: number): void {
    if (this.laneTargets[lane] === null) this.activeLanes++;
    this.laneTimes[lane] = timeMs;
    this.laneSeqs[lane] = seq;
    this.laneArgs[lane] = arg;
    this.laneTargets[lane] = target;
    this.findBestLane();
  }

  /** Empties a lane. */
  clearLane(lane: number): void {
    if (this.laneTargets[lane] === null) return;
    this.activeLanes--;
    this.laneTargets[lane] = null;
    this.laneTimes[lane] = Infinity;
    this.findBestLane();
  }

  private findBestLane(): void {
    let best = -1;
    for (let i = 0; i < this.lanes; i++) {
      if (this.laneTargets[i] === null) continue;
      if (best < 0 || this.laneTimes[i] < this.laneTimes[best] || (this.laneTimes[i] === this.laneTimes[best] && this.laneSeqs[i] < this.laneSeqs[best])) best = i;
    }
    this.bestLane = best;
  }

  push(timeMs: number, target: EventTarget, arg: number): void {
    this.pushWithSeq(timeMs, this.nextSeq++, target, arg);
  }

  /** push with a sequence number from reserveSeq. */
  pushWithSeq(timeMs: number, seq: number, target: EventTarget, arg: number): void {
    if (this.count === this.times.length) this.grow();
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
    const b = this.bestLane;
    if (b >= 0) {
      const t = this.laneTimes[b];
      if (this.count === 0 || t < this.times[0] || (t === this.times[0] && this.laneSeqs[b] < this.seqs[0])) {
        this.poppedTimeMs = t;
        this.poppedArg = this.laneArgs[b];
        this.poppedTarget = this.laneTargets[b];
        this.clearLane(b);
        return true;
      }
    }
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

  /** Up to `limit` targets of the events pending at `timeMs` (any order): what a stalled run names. */
  targetsAt(timeMs: number, limit: number): EventTarget[] {
    const out: EventTarget[] = [];
    for (let i = 0; i < this.count && out.length < limit; i++) {
      const t = this.targets[i];
      if (this.times[i] === timeMs && t) out.push(t);
    }
    for (let l = 0; l < this.lanes && out.length < limit; l++) {
      const t = this.laneTargets[l];
      if (this.laneTimes[l] === timeMs && t) out.push(t);
    }
    return out;
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
