/**
 * Paces a simulation for the screen: at speed S it advances S × the wall time
 * elapsed per slice; at 'max' it runs for a slice of wall time, then yields so
 * that Pause and patches are taken at once. Frames go out about ten times a
 * second. Framework-free: the worker gives it a clock, a scheduler and `post`.
 */
import type { Simulation, SimulationOptions } from '../engine/api';
import type { Scenario } from '../model';
import type { FromWorker, PackedTicks, RunStatus, Speed, ToWorker } from './protocol';

export interface RunLoopHost {
  createSimulation(scenario: Scenario, options?: SimulationOptions): Simulation;
  /** `transfer`: buffers handed over rather than copied. */
  post(message: FromWorker, transfer?: Transferable[]): void;
  /** Wall clock in milliseconds. */
  now(): number;
  /** Run `callback` after `delayMs` (0: as soon as the message loop is free). */
  schedule(callback: () => void, delayMs: number): void;
  /** Logical processors of the machine (navigator.hardwareConcurrency). */
  cores: number;
}

/** About ten frames a second (design.md, Data flow 3). */
export const FRAME_INTERVAL_MS = 100;
/** Wall time one slice may take before yielding, so a frame is never late by more than this. */
const SLICE_BUDGET_MS = 12;
/**
 * At 'max' on a machine of two cores or fewer, the engine runs slices this
 * long and then rests: flat out it holds one core all the time, and the page
 * (charts, canvas, the browser's own threads) shares what is left, so a chart
 * redraw of 25 ms takes 60. Resting leaves the page a share of the engine's
 * core, at the cost of about a seventh of the simulated time per second.
 */
const FEW_CORES = 2;
const FEW_CORES_SLICE_BUDGET_MS = 28;
/** Also the browser's shortest delay for a chain of timers. */
const FEW_CORES_REST_MS = 4;
/** Events per advanceTo call between wall-clock checks. */
const EVENTS_PER_CALL = 5_000;
/** Delay between slices at a set speed. */
const PACED_DELAY_MS = 16;
/**
 * Log lines sent per frame at most: the screen keeps only its newest 2000
 * (LOG_CAPACITY in src/store/runStore.ts), and copying more into the page
 * costs the main thread tens of milliseconds per frame at full speed.
 */
export const FRAME_LOG_LINES = 2000;

export class RunLoop {
  private sim: Simulation | null = null;
  private scenario: Scenario | null = null;
  private status: RunStatus = 'idle';
  private speed: Speed = 1;
  private lastWallMs = 0;
  private lastFrameWallMs = 0;
  private runWallMs = 0;
  /** Keys of the last packed frame, so unchanged keys are not sent again. */
  private sentKeys: string[] = [];
  /** Increments on every start and stop, so a stale scheduled slice does nothing. */
  private generation = 0;

  constructor(private readonly host: RunLoopHost) {}

  handle(message: ToWorker): void {
    try {
      this.dispatch(message);
    } catch (error) {
      this.stop('paused');
      this.host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private dispatch(message: ToWorker): void {
    switch (message.type) {
      case 'load':
        this.scenario = message.scenario;
        this.build();
        return;
      case 'reset':
        if (this.scenario) this.build();
        return;
      case 'play':
        this.speed = message.speed;
        this.start();
        return;
      case 'setSpeed':
        this.speed = message.speed;
        this.lastWallMs = this.host.now();
        return;
      case 'pause':
        if (this.status === 'running') this.stop('paused');
        this.frame();
        return;
      case 'step': {
        const sim = this.requireSim();
        if (this.status === 'running') this.stop('paused');
        sim.advanceTo(sim.nowMs + message.simulatedMs);
        this.status = sim.done ? 'done' : 'paused';
        this.frame();
        if (sim.done) this.finish();
        return;
      }
      case 'patch': {
        const result = this.requireSim().applyPatch(message.patch);
        if (!result.ok) this.host.post({ type: 'patchRefused', message: result.message });
        return;
      }
    }
  }

  private requireSim(): Simulation {
    if (!this.sim) throw new Error('No scenario is loaded in the simulation.');
    return this.sim;
  }

  private build(): void {
    this.stop('idle');
    if (!this.scenario) return;
    this.sim = this.host.createSimulation(this.scenario);
    this.runWallMs = 0;
    this.sentKeys = [];
    this.frame();
  }

  private start(): void {
    const sim = this.requireSim();
    if (sim.done) {
      this.status = 'done';
      this.frame();
      return;
    }
    this.generation++;
    this.status = 'running';
    this.lastWallMs = this.host.now();
    this.lastFrameWallMs = this.lastWallMs;
    this.frame();
    this.scheduleSlice(0);
  }

  private stop(status: RunStatus): void {
    this.generation++;
    this.status = status;
  }

  private scheduleSlice(delayMs: number): void {
    const generation = this.generation;
    this.host.schedule(() => {
      if (generation === this.generation) this.slice();
    }, delayMs);
  }

  private slice(): void {
    const sim = this.sim;
    if (!sim || this.status !== 'running') return;
    try {
      const startMs = this.host.now();
      const target = this.speed === 'max' ? sim.endMs : sim.nowMs + this.speed * (startMs - this.lastWallMs);
      this.lastWallMs = startMs;
      const resting = this.speed === 'max' && this.host.cores <= FEW_CORES;
      const budgetMs = resting ? FEW_CORES_SLICE_BUDGET_MS : SLICE_BUDGET_MS;
      // At a set speed a slow slice drops the lag rather than racing to catch up.
      while (sim.nowMs < target && !sim.done && this.host.now() - startMs < budgetMs) sim.advanceTo(target, EVENTS_PER_CALL);
      const endMs = this.host.now();
      this.runWallMs += endMs - startMs;
      if (sim.done) {
        this.stop('done');
        this.frame();
        this.finish();
        return;
      }
      if (endMs - this.lastFrameWallMs >= FRAME_INTERVAL_MS) {
        this.lastFrameWallMs = endMs;
        this.frame();
      }
      this.scheduleSlice(this.speed !== 'max' ? PACED_DELAY_MS : resting ? FEW_CORES_REST_MS : 0);
    } catch (error) {
      this.stop('paused');
      this.host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private frame(): void {
    const sim = this.sim;
    if (!sim) return;
    const packed = this.pack(sim.takeTicks());
    this.host.post(
      {
        type: 'frame',
        status: this.status,
        clockMs: sim.nowMs,
        endMs: sim.endMs,
        ticks: null,
        packed,
        log: newest(sim.takeLog(), FRAME_LOG_LINES),
        live: sim.live(),
      },
      packed ? [packed.data.buffer as ArrayBuffer] : [],
    );
  }

  /** One buffer for all series (copied out of the engine's arrays, which it may reuse); keys only when they change. */
  private pack(ticks: ReturnType<Simulation['takeTicks']>): PackedTicks | null {
    if (!ticks || ticks.count === 0) return null;
    const keys = Object.keys(ticks.series);
    const data = new Float64Array(keys.length * ticks.count);
    keys.forEach((key, k) => data.set(ticks.series[key].subarray(0, ticks.count), k * ticks.count));
    const same = keys.length === this.sentKeys.length && keys.every((key, k) => key === this.sentKeys[k]);
    if (!same) this.sentKeys = keys;
    return { tickMs: ticks.tickMs, firstTick: ticks.firstTick, count: ticks.count, keys: same ? null : keys, data };
  }

  private finish(): void {
    const summary = this.requireSim().summary();
    this.host.post({ type: 'summary', summary: { ...summary, wallMs: Math.round(this.runWallMs) } });
  }
}

function newest<T>(items: T[], count: number): T[] {
  return items.length > count ? items.slice(items.length - count) : items;
}
