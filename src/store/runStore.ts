/**
 * The run: status, simulated clock, metric series in fixed memory, a bounded
 * event log, the latest live numbers and the final summary. Framework-free:
 * the worker client and the current scenario are passed in.
 */
import { createStore } from 'zustand/vanilla';
import type { LiveState, LogEntry, ScenarioPatch, SimulationSummary } from '../engine/api';
import { formatIssues, parseScenario, type Scenario } from '../model';
import type { FromWorker, PackedTicks, RunStatus, Speed } from '../worker/protocol';
import type { WorkerClient, WorkerClientHandlers } from '../worker/client';
import { SeriesTable } from './seriesTable';

/** Most log lines kept: older ones are dropped, so memory stays flat. */
export const LOG_CAPACITY = 2000;
/** Points per series before neighbours merge. */
export const SERIES_CAPACITY = 1200;

export const SPEEDS: readonly Speed[] = [1, 10, 60, 600, 'max'];
/**
 * A running worker sends about ten frames a second: none for this long means it
 * hung or was closed, and the screen says so instead of showing "running" for ever.
 */
export const WORKER_SILENCE_MS = 5000;
const WATCH_EVERY_MS = 1000;

export interface RunState {
  status: RunStatus;
  /** True once a scenario has been sent to the worker for this run. */
  loaded: boolean;
  clockMs: number;
  endMs: number;
  speed: Speed;
  /** "Run to end" in progress: full speed with a progress bar and cancel. */
  runningToEnd: boolean;
  /** Mutable, fixed-size; `version` changes whenever it does. */
  table: SeriesTable;
  version: number;
  log: LogEntry[];
  live: LiveState;
  summary: SimulationSummary | null;
  /** The worker failed: what happened. The diagram is untouched. */
  failure: string | null;
  /** Something the person should know (an invalid diagram, a refused patch, an edit that waits for Reset). */
  notice: string | null;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  setSpeed(speed: Speed): void;
  runToEnd(): void;
  cancelRunToEnd(): void;
  patch(patch: ScenarioPatch): void;
  restartWorker(): void;
  setNotice(notice: string | null): void;
  receive(message: FromWorker): void;
}

export interface RunStoreDeps {
  currentScenario(): Scenario;
  connect(handlers: WorkerClientHandlers): WorkerClient;
}

export function createRunStore(deps: RunStoreDeps) {
  let client: WorkerClient | null = null;
  /**
   * Play was sent and the worker has not yet answered with a running (or later)
   * frame: the frame of the preceding load still says idle, and must not make
   * the screen show idle, or a quick second press would play instead of pause.
   */
  let playPending = false;
  /** Keys of the last packed frame: later frames send null while they stay the same. */
  let packedKeys: readonly string[] = [];
  const appendPacked = (table: SeriesTable, packed: PackedTicks) => {
    if (packed.keys) packedKeys = packed.keys;
    table.appendFlat({ ...packed, keys: packedKeys });
  };

  /** Wall time of the worker's last message, or of the start it was asked for. */
  let lastHeardMs = Date.now();
  let watch: ReturnType<typeof setInterval> | null = null;

  const store = createStore<RunState>()((set, get) => {
    const fail = (message: string) => {
      client?.terminate();
      client = null;
      playPending = false;
      if (watch) clearInterval(watch);
      watch = null;
      set({ failure: message, status: 'paused', runningToEnd: false });
    };
    /** Starts the watchdog for a run the worker was just asked to make. */
    const expectFrames = () => {
      lastHeardMs = Date.now();
      watch ??= setInterval(() => {
        if (get().status !== 'running' || get().failure) return;
        if (Date.now() - lastHeardMs > WORKER_SILENCE_MS)
          fail(`the simulation worker sent nothing for ${WORKER_SILENCE_MS / 1000} seconds while running (it hung or was closed)`);
      }, WATCH_EVERY_MS);
    };
    const worker = (): WorkerClient => {
      client ??= deps.connect({
        onMessage: (message) => {
          lastHeardMs = Date.now();
          get().receive(message);
        },
        onFailure: fail,
      });
      return client;
    };

    /**
     * Sends the diagram as it is now; false (with a notice saying why) when it is not a valid scenario.
     * Every start from idle (Play, Step, Run to end) loads again, so a seed or run length changed
     * after Reset is the one that runs.
     */
    const load = (): boolean => {
      const parsed = parseScenario(deps.currentScenario());
      if (!parsed.ok) {
        set({ notice: `The diagram cannot run yet:\n${formatIssues(parsed.issues)}` });
        return false;
      }
      get().table.clear();
      set({
        loaded: true,
        clockMs: 0,
        endMs: parsed.scenario.durationSeconds * 1000,
        version: get().version + 1,
        log: [],
        live: {},
        summary: null,
        notice: null,
      });
      worker().send({ type: 'load', scenario: parsed.scenario });
      return true;
    };

    return {
      status: 'idle',
      loaded: false,
      clockMs: 0,
      endMs: 0,
      speed: 10,
      runningToEnd: false,
      table: new SeriesTable(SERIES_CAPACITY),
      version: 0,
      log: [],
      live: {},
      summary: null,
      failure: null,
      notice: null,

      play() {
        const { status, speed, failure } = get();
        if (failure || status === 'running' || status === 'done') return;
        if (status === 'idle' && !load()) return;
        set({ status: 'running' });
        playPending = true;
        worker().send({ type: 'play', speed });
        expectFrames();
      },
      pause() {
        if (get().status !== 'running') return;
        set({ runningToEnd: false });
        worker().send({ type: 'pause' });
      },
      step() {
        const { status, failure } = get();
        if (failure || status === 'done') return;
        if (status === 'idle') {
          if (!load()) return;
          // As with Play: the load frame (idle) must not make a quick second Step load again.
          set({ status: 'paused' });
          playPending = true;
        }
        worker().send({ type: 'step', simulatedMs: get().table.tickMs });
      },
      reset() {
        if (get().failure) return;
        playPending = false;
        set({ runningToEnd: false, status: 'idle' });
        load();
      },
      setSpeed(speed) {
        set({ speed, runningToEnd: false });
        if (get().status === 'running') worker().send({ type: 'play', speed });
      },
      runToEnd() {
        const { status, failure } = get();
        if (failure || status === 'done') return;
        if (status === 'idle' && !load()) return;
        set({ runningToEnd: true, status: 'running' });
        playPending = true;
        worker().send({ type: 'play', speed: 'max' });
        expectFrames();
      },
      cancelRunToEnd() {
        if (!get().runningToEnd) return;
        set({ runningToEnd: false });
        worker().send({ type: 'pause' });
      },
      patch(patch) {
        if (!get().loaded || get().failure) return;
        worker().send({ type: 'patch', patch });
      },
      restartWorker() {
        client?.terminate();
        client = null;
        playPending = false;
        get().table.clear();
        set({ failure: null, status: 'idle', loaded: false, clockMs: 0, runningToEnd: false, log: [], live: {}, summary: null, version: get().version + 1 });
      },
      setNotice(notice) {
        set({ notice });
      },

      receive(message) {
        switch (message.type) {
          case 'frame': {
            const { table, log, version, runningToEnd } = get();
            if (message.ticks) table.append(message.ticks);
            if (message.packed) appendPacked(table, message.packed);
            const changed = Boolean(message.ticks || message.packed);
            if (message.status !== 'idle') playPending = false;
            const status = playPending ? get().status : message.status;
            const merged = message.log.length === 0 ? log : appendBounded(log, message.log);
            set({
              status,
              clockMs: message.clockMs,
              endMs: message.endMs,
              live: message.live,
              log: merged,
              version: changed ? version + 1 : version,
              // The load frame (idle) that precedes the run does not end "run to end"; a pause or the end does.
              runningToEnd: runningToEnd && message.status !== 'paused' && message.status !== 'done',
            });
            return;
          }
          case 'summary':
            set({ summary: message.summary });
            return;
          case 'patchRefused':
            set({ notice: `The change was not applied to the running simulation: ${message.message}` });
            return;
          case 'error':
            fail(message.message);
            return;
        }
      },
    };
  });
  return store;
}

function appendBounded(log: LogEntry[], more: LogEntry[]): LogEntry[] {
  const all = log.concat(more);
  return all.length > LOG_CAPACITY ? all.slice(all.length - LOG_CAPACITY) : all;
}

export type RunStore = ReturnType<typeof createRunStore>;
