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

export type FromWorker =
  /** About ten a second while running, and once after every command. */
  | {
      type: 'frame';
      status: RunStatus;
      clockMs: number;
      endMs: number;
      ticks: TickBatch | null;
      log: LogEntry[];
      live: LiveState;
    }
  | { type: 'summary'; summary: SimulationSummary }
  | { type: 'patchRefused'; message: string }
  | { type: 'error'; message: string };
