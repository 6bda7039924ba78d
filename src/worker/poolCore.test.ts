import { describe, expect, it } from 'vitest';
import { replicationScenarios } from '../analysis/replicate';
import { runToEnd } from '../engine';
import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';
import { DEFAULT_SCENARIO, findPreset, loadPreset } from '../scenarios';
import { PoolCancelled, runScenarioJob, WorkerPool, type PoolReply, type PoolRequest, type PoolWorker, type ScenarioJob, type ScenarioResult } from './poolCore';

type Fake<J = Scenario, R = SimulationSummary> = PoolWorker<J, R> & { terminated: boolean };

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Fake workers whose jobs wait until the test delivers them, in the order it chooses. */
function fakes(): ReturnType<typeof fakesOf<Scenario, SimulationSummary>> {
  return fakesOf<Scenario, SimulationSummary>((job) => runToEnd(job));
}

/** Fake workers that compute each job with `compute` (the real engine), when the test delivers it. */
function fakesOf<J, R>(compute: (job: J) => R) {
  const inbox: { worker: Fake<J, R>; request: PoolRequest<J> }[] = [];
  const spawned: Fake<J, R>[] = [];
  let posts = 0;
  let maxInFlight = 0;
  const spawn = (): Fake<J, R> => {
    const worker: Fake<J, R> = {
      onmessage: null,
      onerror: null,
      terminated: false,
      postMessage(request) {
        posts++;
        inbox.push({ worker, request });
        maxInFlight = Math.max(maxInFlight, inbox.length);
      },
      terminate() {
        worker.terminated = true;
      },
    };
    spawned.push(worker);
    return worker;
  };
  /** Delivers the pending job at `pick(pending count)`, computing it with the real engine. */
  const deliverOne = (pick: (n: number) => number, reply?: (r: PoolRequest<J>) => PoolReply<R>) => {
    const [{ worker, request }] = inbox.splice(pick(inbox.length), 1);
    if (worker.terminated) return;
    worker.onmessage?.({ data: reply ? reply(request) : { id: request.id, result: compute(request.job) } });
  };
  return { spawn, spawned, inbox, settle, deliverOne, posts: () => posts, maxInFlight: () => maxInFlight };
}

/** A small deterministic shuffle: a linear congruential generator. */
const lcg = (seed: number) => (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};

const short: Scenario = { ...DEFAULT_SCENARIO, durationSeconds: 30 } as Scenario;
const jobs = replicationScenarios(short, 7);

async function runAll(size: number, pick: (n: number) => number) {
  const f = fakes();
  const pool = new WorkerPool(f.spawn, size);
  const progress: number[] = [];
  const done = pool.run(jobs, { onProgress: (d) => progress.push(d) });
  await f.settle();
  while (f.inbox.length > 0) {
    f.deliverOne(pick);
    await f.settle();
  }
  return { results: await done, progress, spawned: f.spawned.length, maxInFlight: f.maxInFlight() };
}

describe('the page pool of engine workers (scheduling core)', () => {
  it('gives the same results, in job order, over 1, 2 and 4 workers and any finish order', async () => {
    const inOrder = jobs.map((s) => runToEnd(s));
    const runs = [
      await runAll(1, () => 0),
      await runAll(2, lcg(1)),
      await runAll(4, lcg(2)),
      await runAll(4, (n) => n - 1),
    ];
    for (const r of runs) expect(r.results).toEqual(inOrder);
    // The replications differ from each other (else the test would prove nothing).
    expect(new Set(inOrder.map((s) => s.seed)).size).toBe(7);
    expect(runs.map((r) => r.spawned)).toEqual([1, 2, 4, 4]);
    expect(runs.map((r) => r.maxInFlight)).toEqual([1, 2, 4, 4]);
    expect(runs[2].progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('cancel stops dispatch at once, ends the workers in flight, and the next run starts fresh ones', async () => {
    const f = fakes();
    const pool = new WorkerPool(f.spawn, 2);
    const abort = new AbortController();
    const done = pool.run(jobs, { signal: abort.signal });
    await f.settle();
    f.deliverOne(() => 0);
    f.deliverOne(() => 0);
    await f.settle();
    expect(f.posts()).toBe(4);
    abort.abort();
    await expect(done).rejects.toBeInstanceOf(PoolCancelled);
    expect(f.posts()).toBe(4);
    expect(f.spawned.every((w) => w.terminated)).toBe(true);
    // The jobs still in the inbox belong to ended workers: delivering them changes nothing.
    while (f.inbox.length > 0) f.deliverOne(() => 0);
    const again = pool.run(jobs.slice(0, 2));
    await f.settle();
    expect(f.spawned).toHaveLength(4);
    while (f.inbox.length > 0) {
      f.deliverOne(() => 0);
      await f.settle();
    }
    expect((await again).map((s) => s.seed)).toEqual(jobs.slice(0, 2).map((s) => s.seed));
  });

  it('a job the engine refuses fails the run with its message', async () => {
    const f = fakes();
    const pool = new WorkerPool(f.spawn, 2);
    const done = pool.run(jobs.slice(0, 3));
    await f.settle();
    f.deliverOne(() => 0, (r) => ({ id: r.id, error: 'No scenario is loaded in the simulation.' }));
    await expect(done).rejects.toThrow('No scenario is loaded in the simulation.');
  });

  it('an already-cancelled signal dispatches nothing', async () => {
    const f = fakes();
    const abort = new AbortController();
    abort.abort();
    await expect(new WorkerPool(f.spawn, 2).run(jobs, { signal: abort.signal })).rejects.toBeInstanceOf(PoolCancelled);
    expect(f.posts()).toBe(0);
  });
});

describe('pool jobs that return series with the summary', () => {
  // A preset that throttles, so that the throttle counts are worth comparing.
  const alb = loadPreset(findPreset('alb-reserved-concurrency')!);
  if (!alb.ok) throw new Error('the ALB preset does not parse');
  const seriesJobs: ScenarioJob[] = replicationScenarios(alb.scenario, 3).map((scenario) => ({ scenario, series: true }));

  async function runSeries(size: number, pick: (n: number) => number): Promise<ScenarioResult[]> {
    const f = fakesOf(runScenarioJob);
    const done = new WorkerPool(f.spawn, size).run(seriesJobs);
    await f.settle();
    while (f.inbox.length > 0) {
      f.deliverOne(pick);
      await f.settle();
    }
    return done;
  }

  it('gives the same summaries and series over 1 and 2 workers, whatever order they finish in', async () => {
    const one = await runSeries(1, () => 0);
    const two = await runSeries(2, (n) => n - 1);
    const twoShuffled = await runSeries(2, lcg(3));
    expect(two).toEqual(one);
    expect(twoShuffled).toEqual(one);
    // Job order: each result is its own replication's, and its summary is the one runToEnd gives.
    expect(one.map((r) => r.summary)).toEqual(seriesJobs.map((j) => runToEnd(j.scenario)));
    for (const { summary, series } of one) {
      const throttles = Object.values(summary.functions).reduce((t, fn) => t + fn.throttles, 0);
      expect(throttles).toBeGreaterThan(0);
      expect(series?.throttles.reduce((a, b) => a + b, 0)).toBe(throttles);
    }
  });

  it('a job without series answers the summary alone', () => {
    const { summary, series } = runScenarioJob({ scenario: short, series: false });
    expect(series).toBeNull();
    expect(summary).toEqual(runToEnd(short));
  });
});

describe('poolSizeFor', () => {
  it('leaves one core to the page, and keeps at least one worker', async () => {
    const { poolSizeFor } = await import('./browserPool');
    expect([undefined, 0, 1, 2, 4, 8, 16].map(poolSizeFor)).toEqual([1, 1, 1, 1, 3, 7, 15]);
  });
});
