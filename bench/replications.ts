import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/model';
import { replicate } from '../src/analysis/replicate';
import { NodeRunPool } from '../src/worker/nodePool';

/** 20 replications of a preset on one worker and on one per core: the speed-up, printed (never asserted). */
const file = 'src/scenarios/alb-reserved-concurrency.json';
const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) throw new Error(`${file} is not a valid scenario`);
const scenario = parsed.scenario;
const cores = availableParallelism();

async function timeWith(workers: number): Promise<number> {
  const pool = new NodeRunPool(workers);
  await pool.run({ ...scenario, durationSeconds: 1 }); // start-up of every worker is not measured
  await Promise.all(Array.from({ length: workers }, () => pool.run({ ...scenario, durationSeconds: 1 })));
  const t0 = performance.now();
  await replicate(scenario, 20, pool.run);
  const ms = performance.now() - t0;
  await pool.close();
  return ms;
}

const one = await timeWith(1);
const all = await timeWith(cores);
console.log(`replications: 20 runs of ${file}: 1 worker ${one.toFixed(0)} ms, ${cores} workers ${all.toFixed(0)} ms, speed-up ${(one / all).toFixed(2)}× on ${cores} cores`);
