/** Messages between the UI (through the run store) and the simulation worker. */
import type { LiveState, LogEntry, ScenarioPatch, SimulationSummary, TickBatch } from '../engine/api';
import type { Scenario } from '../model';

/** Simulated seconds per wall second, or as fast as possible. */
export type Speed = 1 | 10 | 60 | 600 | 'max';

export type ToWorker =
  | { type: 'load'; scenario: Scenario }
  | { type: 'play'; speed: Speed }
  | { type: 'pause' }
  /** Advance this much simulated time, then pause. */
  | { type: 'step'; simulatedMs: number }
  | { type: 'setSpeed'; speed: Speed }
  | { type: 'patch'; patch: ScenarioPatch }
  | { type: 'reset' };

export type RunStatus = 'idle' | 'running' | 'paused' | 'done';

/**
 * A TickBatch packed into one transferable buffer: `data[k * count + i]` is
 * series `keys[k]` in tick `firstTick + i`. Large diagrams have thousands of
 * series; one buffer crosses to the UI far cheaper than thousands of arrays.
 */
export interface PackedTicks {
  tickMs: number;
  firstTick: number;
  count: number;
  /** null: the same keys, in the same order, as the previous packed frame of this run. */
  keys: string[] | null;
  data: Float64Array;
}

export type FromWorker =
  /** About ten a second while running, and once after every command. */
  | {
      type: 'frame';
      status: RunStatus;
      clockMs: number;
      endMs: number;
      ticks: TickBatch | null;
      /** Sent instead of `ticks` by the worker: the same numbers in one buffer. */
      packed?: PackedTicks | null;
      log: LogEntry[];
      live: LiveState;
    }
  | { type: 'summary'; summary: SimulationSummary }
  | { type: 'patchRefused'; message: string }
  | { type: 'error'; message: string };
