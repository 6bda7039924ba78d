/**
 * The scheduling core of the page's pool of engine workers, free of DOM types
 * so that Node tests drive it with fake workers. Each job goes to an idle
 * worker; results come back in job order whatever order the workers finish
 * in, so a replication's numbers never depend on the number of workers.
 */
import { runWithSeries, type RunSeries } from '../analysis/series';
import { runToEnd } from '../engine';
import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';

/** What the pool sends a worker: one job, tagged so the answer can be matched. */
export interface PoolRequest<J> {
  id: number;
  job: J;
}
/** What a worker answers: the job's result, or why it failed. */
export type PoolReply<R> = { id: number; result: R } | { id: number; error: string };

/** The part of a Web Worker the pool uses (a fake one in tests). */
export interface PoolWorker<J, R> {
  postMessage(message: PoolRequest<J>): void;
  onmessage: ((event: { data: PoolReply<R> }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  terminate(): void;
}

export interface PoolRunOptions {
  /** After each job: how many are done of how many. */
  onProgress?(done: number, total: number): void;
  /** Aborting stops dispatch at once; jobs in flight are stopped by ending their workers. */
  signal?: AbortSignal;
}

/** The rejection of a run that was cancelled. */
export class PoolCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'PoolCancelled';
  }
}

interface Slot<J, R> {
  worker: PoolWorker<J, R>;
  /** The batch job it is running, or null when idle. */
  busy: { batch: number; index: number } | null;
}

export class WorkerPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private nextId = 0;
  /** One batch at a time: a second run waits for the first (the page starts one analysis at a time). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly spawn: () => PoolWorker<J, R>,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker (got ${size})`);
  }

  /** Runs every job and resolves with their results in job order. */
  run(jobs: readonly J[], options: PoolRunOptions = {}): Promise<R[]> {
    const next = this.queue.then(
      () => this.runBatch(jobs, options),
      () => this.runBatch(jobs, options),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Workers started so far (they start on demand, at most `size`). */
  get started(): number {
    return this.slots.length;
  }

  close(): void {
    for (const s of this.slots) s.worker.terminate();
    this.slots.length = 0;
  }

  private runBatch(jobs: readonly J[], { onProgress, signal }: PoolRunOptions): Promise<R[]> {
    const batch = this.nextId++;
    const results: R[] = Array.from({ length: jobs.length });
    let dispatched = 0;
    let done = 0;
    return new Promise<R[]>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        // A worker in the middle of a run cannot be interrupted: on a failure or a cancel it is
        // ended (so no stale answer reaches a later batch), and a new one starts when needed.
        for (let i = this.slots.length - 1; i >= 0; i--)
          if (this.slots[i].busy?.batch === batch) {
            this.slots[i].worker.terminate();
            this.slots.splice(i, 1);
          }
        if (error) reject(error);
        else resolve(results);
      };
      const onAbort = () => finish(new PoolCancelled());
      const dispatch = (slot: Slot<J, R>) => {
        if (settled || dispatched >= jobs.length) return;
        const index = dispatched++;
        slot.busy = { batch, index };
        // A dedicated worker's postMessage takes no target origin.
        // oxlint-disable-next-line unicorn/require-post-message-target-origin
        slot.worker.postMessage({ id: index, job: jobs[index] });
      };
      const attach = (slot: Slot<J, R>) => {
        slot.worker.onmessage = ({ data }) => {
          if (settled || slot.busy?.batch !== batch || slot.busy.index !== data.id) return;
          if ('error' in data) return finish(new Error(data.error));
          results[data.id] = data.result;
          done++;
          onProgress?.(done, jobs.length);
          slot.busy = null;
          if (done === jobs.length) return finish();
          dispatch(slot);
        };
        slot.worker.onerror = (event) => {
          event.preventDefault?.();
          if (!slot.busy) {
            slot.worker.terminate();
            this.slots.splice(this.slots.indexOf(slot), 1);
          }
          finish(new Error(event.message || 'A simulation worker failed to start or stopped unexpectedly.'));
        };
      };

      if (signal?.aborted) return finish(new PoolCancelled());
      signal?.addEventListener('abort', onAbort);
      if (jobs.length === 0) return finish();
      onProgress?.(0, jobs.length);
      const wanted = Math.min(this.size, jobs.length);
      while (this.slots.length < wanted) this.slots.push({ worker: this.spawn(), busy: null });
      for (const slot of this.slots.slice(0, wanted)) {
        attach(slot);
        dispatch(slot);
      }
    });
  }
}

/** One job of the page's pool: a scenario to run to its end, and whether its series are wanted (charts) or only its summary. */
export interface ScenarioJob {
  scenario: Scenario;
  series: boolean;
}
/** What a worker answers for a ScenarioJob. */
export interface ScenarioResult {
  summary: SimulationSummary;
  /** The run in SERIES_BUCKETS intervals, when the job asked for them. */
  series: RunSeries | null;
}

/** What a pool worker does with a job (the same in a Web Worker and in a test). */
export function runScenarioJob({ scenario, series }: ScenarioJob): ScenarioResult {
  if (!series) return { summary: runToEnd(scenario), series: null };
  return runWithSeries(scenario);
}
