import { trafficPeakRate, trafficRateAt, type Traffic } from '../../model';
import type { TrafficHandle } from '../ports';
import type { EventTarget } from './eventQueue';
import type { SimKernel } from './kernel';
import type { SeededRng } from './rng';

/** When the rate is 0, look again this often for a step, ramp or cycle that raises it. */
const ZERO_RATE_RECHECK_MS = 1000;

const isFlat = (t: Traffic) => t.steps.length === 0 && t.ramp === null && (t.dailyCycle === null || t.dailyCycle.amplitude === 0);

/**
 * One source's arrivals. `constant` spaces them evenly at the rate in force
 * (the first at t = 0); `poisson` draws exponential gaps, and a rate that
 * varies (steps, ramp, daily cycle) is followed by thinning against the peak
 * rate (Lewis and Shedler). Bursts are extra arrivals at their instants.
 * Events carry a generation: a traffic change makes pending ones stale.
 */
class ArrivalProcess implements EventTarget, TrafficHandle {
  private traffic!: Traffic;
  private flat = true;
  private peakPerMs = 0;
  private meanGapMs = Infinity;
  private generation = 0;
  private stopped = false;
  private bursts: BurstProcess[] = [];
  /** The queue lane holding this process's next arrival (−1: it goes through the heap). */
  private readonly lane: number;

  constructor(
    private readonly kernel: SimKernel,
    private readonly rng: SeededRng,
    private readonly endMs: number,
    private readonly onArrival: (count: number) => void,
    traffic: Traffic,
    readonly ownerId?: string,
  ) {
    this.lane = kernel.createLane();
    this.install(traffic, true);
  }

  setTraffic(traffic: Traffic): void {
    this.install(traffic, false);
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    if (this.lane >= 0) this.kernel.queue.clearLane(this.lane);
    for (const b of this.bursts) b.cancelled = true;
  }

  private install(traffic: Traffic, atStart: boolean): void {
    this.traffic = traffic;
    this.flat = isFlat(traffic);
    this.peakPerMs = trafficPeakRate(traffic) / 1000;
    this.meanGapMs = 1 / this.peakPerMs;
    this.generation++;
    for (const b of this.bursts) b.cancelled = true;
    this.bursts = [];
    const now = this.kernel.now;
    for (const burst of traffic.bursts) {
      const atMs = burst.atSeconds * 1000;
      // A change mid-run keeps only bursts still ahead (a burst is an instant, not a rate).
      if (atMs < now || (!atStart && atMs === now) || atMs >= this.endMs) continue;
      const process = new BurstProcess(this.kernel, this.onArrival, burst.count, burst.spreadSeconds * 1000, this.ownerId);
      this.bursts.push(process);
      this.kernel.schedule(atMs, process, 0);
    }
    if (traffic.pattern === 'constant') this.scheduleAt(atStart ? now : this.nextConstant(now));
    else this.scheduleAt(this.nextPoisson(now));
  }

  fire(generation: number): void {
    if (generation !== this.generation || this.stopped) return;
    const now = this.kernel.now;
    if (this.traffic.pattern === 'constant') {
      if (trafficRateAt(this.traffic, now / 1000) > 0) this.onArrival(1);
      this.scheduleAt(this.nextConstant(now));
    } else {
      this.onArrival(1);
      this.scheduleAt(this.nextPoisson(now));
    }
  }

  private nextConstant(fromMs: number): number {
    const rate = trafficRateAt(this.traffic, fromMs / 1000);
    return rate > 0 ? fromMs + 1000 / rate : fromMs + ZERO_RATE_RECHECK_MS;
  }

  private nextPoisson(fromMs: number): number {
    if (this.peakPerMs <= 0) return Infinity;
    let t = fromMs;
    if (this.flat) return t + this.rng.exponential(this.meanGapMs);
    for (;;) {
      t += this.rng.exponential(this.meanGapMs);
      if (t >= this.endMs) return Infinity;
      if (this.rng.next() * this.peakPerMs * 1000 <= trafficRateAt(this.traffic, t / 1000)) return t;
    }
  }

  private scheduleAt(atMs: number): void {
    if (this.lane >= 0) {
      if (atMs < this.endMs) this.kernel.scheduleLane(this.lane, atMs, this, this.generation);
      else this.kernel.queue.clearLane(this.lane);
    } else if (atMs < this.endMs) this.kernel.schedule(atMs, this, this.generation);
  }
}

/** A burst: `count` arrivals at once, or `count` arrivals spaced evenly over `spreadMs` (the first at its instant). */
class BurstProcess implements EventTarget {
  cancelled = false;
  private remaining: number;
  private readonly gapMs: number;
  constructor(
    private readonly kernel: SimKernel,
    private readonly onArrival: (count: number) => void,
    count: number,
    spreadMs: number,
    readonly ownerId?: string,
  ) {
    this.remaining = count;
    this.gapMs = spreadMs / count;
  }
  fire(): void {
    if (this.cancelled || this.remaining <= 0) return;
    if (this.gapMs <= 0) {
      const n = this.remaining;
      this.remaining = 0;
      this.onArrival(n);
      return;
    }
    this.remaining--;
    this.onArrival(1);
    if (this.remaining > 0) this.kernel.schedule(this.kernel.now + this.gapMs, this, 0);
  }
}

export function startArrivals(
  kernel: SimKernel,
  rng: SeededRng,
  traffic: Traffic,
  endMs: number,
  onArrival: (count: number) => void,
  ownerId?: string,
): TrafficHandle {
  return new ArrivalProcess(kernel, rng, endMs, onArrival, traffic, ownerId);
}
