import type { EventQueue, EventTarget } from './eventQueue';

/**
 * Timers that all wait the same delay, so they expire in the order they were
 * set (an SDK client's read timeout on every request). One pending kernel
 * event, at the earliest live deadline, serves the whole line; a cancelled
 * timer leaves nothing in the queue. Each timer keeps the sequence number it
 * would have had as an event of its own, so ties at one instant run exactly as
 * they would with one event per timer.
 */
export class TimerLine<T> implements EventTarget {
  private deadlines = new Float64Array(64);
  private seqs = new Float64Array(64);
  private live = new Uint8Array(64);
  private items: (T | undefined)[] = Array.from({ length: 64 });
  private head = 0;
  private size = 0;
  /** Handle of the timer at the head; handles count up from 0. */
  private headHandle = 0;
  /** What the pending kernel event was scheduled for (generation), when the line has no lane of its own. */
  private generation = 0;
  private scheduledHandle = -1;

  constructor(
    private readonly queue: EventQueue,
    private readonly clock: { readonly now: number },
    readonly delayMs: number,
    private readonly onExpire: (item: T) => void,
    private readonly lane: number,
    readonly ownerId?: string,
  ) {}

  /** Timers set and not yet expired or cancelled. */
  get pending(): number {
    let n = 0;
    for (let k = 0; k < this.size; k++) n += this.live[(this.head + k) & (this.deadlines.length - 1)];
    return n;
  }

  /** Sets a timer for `item`, due `delayMs` from now; returns its handle for `cancel`. */
  set(item: T): number {
    if (this.size === this.deadlines.length) this.grow();
    const i = (this.head + this.size) & (this.deadlines.length - 1);
    this.deadlines[i] = this.clock.now + this.delayMs;
    this.seqs[i] = this.queue.reserveSeq();
    this.live[i] = 1;
    this.items[i] = item;
    this.size++;
    if (this.size === 1) this.scheduleHead();
    return this.headHandle + this.size - 1;
  }

  cancel(handle: number): void {
    const offset = handle - this.headHandle;
    if (offset < 0 || offset >= this.size) return;
    const i = (this.head + offset) & (this.deadlines.length - 1);
    if (this.live[i] === 0) return;
    this.live[i] = 0;
    this.items[i] = undefined;
    if (offset === 0) {
      this.dropDeadHead();
      this.scheduleHead();
    }
  }

  fire(arg: number): void {
    if (this.lane < 0 && arg !== this.generation) return;
    this.scheduledHandle = -1;
    // The head is live (dead heads are dropped eagerly) and due now.
    const i = this.head;
    const item = this.items[i] as T;
    this.live[i] = 0;
    this.items[i] = undefined;
    this.advance();
    this.dropDeadHead();
    this.scheduleHead();
    this.onExpire(item);
  }

  private advance(): void {
    this.head = (this.head + 1) & (this.deadlines.length - 1);
    this.size--;
    this.headHandle++;
  }

  private dropDeadHead(): void {
    while (this.size > 0 && this.live[this.head] === 0) this.advance();
  }

  private scheduleHead(): void {
    if (this.size === 0) {
      if (this.lane >= 0) this.queue.clearLane(this.lane);
      return;
    }
    if (this.scheduledHandle === this.headHandle) return;
    this.scheduledHandle = this.headHandle;
    const i = this.head;
    if (this.lane >= 0) this.queue.pushLaneWithSeq(this.lane, this.deadlines[i], this.seqs[i], this, 0);
    else this.queue.pushWithSeq(this.deadlines[i], this.seqs[i], this, ++this.generation);
  }

  private grow(): void {
    const capacity = this.deadlines.length * 2;
    const mask = this.deadlines.length - 1;
    const deadlines = new Float64Array(capacity);
    const seqs = new Float64Array(capacity);
    const live = new Uint8Array(capacity);
    const items: (T | undefined)[] = Array.from({ length: capacity });
    for (let k = 0; k < this.size; k++) {
      const from = (this.head + k) & mask;
      deadlines[k] = this.deadlines[from];
      seqs[k] = this.seqs[from];
      live[k] = this.live[from];
      items[k] = this.items[from];
    }
    this.deadlines = deadlines;
    this.seqs = seqs;
    this.live = live;
    this.items = items;
    this.head = 0;
  }
}
