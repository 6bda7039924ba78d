/**
 * 24 h of 1,000 requests a second (Poisson, exponential 100 ms) through one ALB and one
 * function: wall time and peak resident memory, sampled between slices of simulated time
 * as the worker takes them. Run by bench/run.ts in a process of its own, so the memory is
 * this run's alone. Prints, never asserts.
 */
import { createSimulation } from '../src/engine';
import { scenario } from '../src/engine/testing/scenarioBuilder';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const day = createSimulation(
  scenario({
    name: 'bench: sync Poisson 1,000 rps, 100 ms, 24 h',
    durationSeconds: 86_400,
    nodes: [
      { id: 'alb', kind: 'alb', config: { traffic: { pattern: 'poisson', ratePerSecond: 1000 } } },
      { id: 'fn', kind: 'function', config: { durationMs: { distribution: 'exponential', mean: 100 }, timeoutSeconds: 10 } },
    ],
    edges: [{ id: 'e', source: 'alb', target: 'fn', kind: 'trigger' }],
  }),
);
const startRss = process.memoryUsage().rss;
let peakRss = startRss;
const started = performance.now();
while (!day.done) {
  day.advanceTo(day.nowMs + 600_000);
  day.takeTicks();
  day.takeLog();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const wallMs = performance.now() - started;
const invocations = day.summary().functions.fn.invocations;
console.log(`${'24 h of 1,000 rps sync'.padEnd(44)} ${fmt(invocations).padStart(12)} invocations in ${fmt(wallMs).padStart(7)} ms = ${fmt((invocations / wallMs) * 1000).padStart(10)} /s`);
console.log(`${'  peak resident memory'.padEnd(44)} ${fmt(peakRss / 1e6)} MB (${fmt(startRss / 1e6)} MB of it before the run: Node and the loader)`);
