import type { SimMs } from '../api';
import type { Kernel, Timer, TimerLinePort } from '../ports';
import { EventQueue, type EventTarget } from './eventQueue';
import { TimerLine } from './timerLine';

/** A callback scheduled through the `Kernel` port; calling `cancel` makes it a no-op. */
class ScheduledCallback implements EventTarget, Timer {
  private cancelled = false;
  constructor(
    private readonly fn: () => void,
    readonly ownerId?: string,
  ) {}
  fire(): void {
    if (!this.cancelled) this.fn();
  }
  cancel(): void {
    this.cancelled = true;
  }
}

/** The Kernel port as one node sees it. */
class OwnedKernel implements Kernel {
  constructor(
    private readonly kernel: SimKernel,
    private readonly ownerId: string,
  ) {}
  get now(): SimMs {
    return this.kernel.now;
  }
  at(atMs: SimMs, fn: () => void): Timer {
    return this.kernel.at(atMs, fn, this.ownerId);
  }
  after(delayMs: number, fn: () => void): Timer {
    return this.kernel.after(delayMs, fn, this.ownerId);
  }
  timerLine<T>(delayMs: number, onExpire: (item: T) => void): TimerLinePort<T> {
    return this.kernel.timerLine(delayMs, onExpire, this.ownerId);
  }
}

/**
 * The clock and the queue. Engine internals schedule with `schedule` (no
 * allocation: the target checks itself whether the event is still current);
 * nodes use `at`/`after`, which return a cancellable Timer.
 */
export class SimKernel implements Kernel {
  readonly queue = new EventQueue();
  now: SimMs = 0;
  eventsProcessed = 0;

  schedule(atMs: SimMs, target: EventTarget, arg: number): void {
    this.queue.push(atMs < this.now ? this.now : atMs, target, arg);
  }

  /** A lane of the queue for a process that always has exactly one next event (see EventQueue), or −1. */
  createLane(): number {
    return this.queue.createLane();
  }

  /** Replaces the lane's pending event. */
  scheduleLane(lane: number, atMs: SimMs, target: EventTarget, arg: number): void {
    this.queue.pushLane(lane, atMs < this.now ? this.now : atMs, target, arg);
  }

  at(atMs: SimMs, fn: () => void, ownerId?: string): Timer {
    const callback = new ScheduledCallback(fn, ownerId);
    this.schedule(atMs, callback, 0);
    return callback;
  }

  after(delayMs: number, fn: () => void, ownerId?: string): Timer {
    return this.at(this.now + Math.max(0, delayMs), fn, ownerId);
  }

  timerLine<T>(delayMs: number, onExpire: (item: T) => void, ownerId?: string): TimerLinePort<T> {
    return new TimerLine(this.queue, this, Math.max(0, delayMs), onExpire, this.createLane(), ownerId);
  }

  /** The Kernel port for one node: its callbacks carry the node's id. */
  ownedBy(ownerId: string): Kernel {
    return new OwnedKernel(this, ownerId);
  }

  /** Runs the next event if it is due at or before `limitMs`; false when none is. */
  step(limitMs: SimMs): boolean {
    const queue = this.queue;
    if (queue.size === 0 || queue.peekTimeMs() > limitMs) return false;
    queue.pop();
    this.now = queue.poppedTimeMs;
    this.eventsProcessed++;
    queue.poppedTarget!.fire(queue.poppedArg);
    return true;
  }
}
