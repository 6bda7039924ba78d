/**
 * The workloads of the engine bench: each one hour (unless told) of 1,000
 * events per second with exponential 100 ms durations, the same arrivals and
 * completions as the bare heap loop (bench/bareHeap.ts). `units` is what the
 * share is counted in: invocations, or messages and records delivered.
 */
import type { SimulationSummary } from '../src/engine/api';
import type { Scenario } from '../src/model';
import { scenario } from '../src/engine/testing/scenarioBuilder';

export interface Workload {
  label: string;
  unit: string;
  build(seconds: number): Scenario;
  units(summary: SimulationSummary): number;
}

const duration = { distribution: 'exponential', mean: 100 };
const poisson = (ratePerSecond: number) => ({ pattern: 'poisson', ratePerSecond });
export const invocations = (s: SimulationSummary) => Object.values(s.functions).reduce((n, f) => n + f.invocations, 0);
const delivered = (id: string) => (s: SimulationSummary) => s.resources[id]?.delivered ?? 0;

function pair(caller: string, callerConfig: Record<string, unknown>, fn: Record<string, unknown>, edge: Record<string, unknown> = {}) {
  return (name: string, seconds: number) =>
    scenario({
      name,
      durationSeconds: seconds,
      nodes: [
        { id: 'src', kind: caller, config: callerConfig },
        { id: 'fn', kind: 'function', config: { durationMs: duration, ...fn } },
      ],
      edges: [{ id: 'e', source: 'src', target: 'fn', kind: 'trigger', ...edge }],
    });
}

/** `functions` ALB → function pairs sharing 1,000 rps. Past 100 pairs the scenario holds more nodes than a file may (200); the engine does not mind. */
export function manyPairs(functions: number, seconds: number): Scenario {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const cap = Math.min(functions, 100);
  for (let i = 0; i < cap; i++) {
    nodes.push({ id: `alb${i}`, kind: 'alb', config: { traffic: poisson(1000 / functions) } });
    nodes.push({ id: `fn${i}`, kind: 'function', config: { durationMs: duration, timeoutSeconds: 10 } });
    edges.push({ id: `e${i}`, source: `alb${i}`, target: `fn${i}`, kind: 'trigger' });
  }
  const parsed = scenario({ name: `bench: ${functions} ALB -> function pairs`, durationSeconds: seconds, nodes, edges });
  for (let i = cap; i < functions; i++) {
    const [alb, fn] = [parsed.nodes[0], parsed.nodes[1]];
    parsed.nodes.push({ ...alb, id: `alb${i}` } as typeof alb, { ...fn, id: `fn${i}` } as typeof fn);
    parsed.edges.push({ ...parsed.edges[0], id: `e${i}`, source: `alb${i}`, target: `fn${i}` });
  }
  return parsed;
}

export const WORKLOADS: Workload[] = [
  {
    label: 'ALB -> function',
    unit: 'invocations',
    build: (s) => pair('alb', { traffic: poisson(1000) }, { timeoutSeconds: 10 })('bench: ALB', s),
    units: invocations,
  },
  {
    label: 'SDK client sync, timeout 60 s',
    unit: 'invocations',
    build: (s) => pair('client', { invocationType: 'sync', traffic: poisson(1000) }, { timeoutSeconds: 60 })('bench: SDK client', s),
    units: invocations,
  },
  {
    label: 'SQS standard, batch 10',
    unit: 'messages',
    build: (s) => pair('sqs', { traffic: poisson(1000) }, {}, { config: { batchSize: 10 } })('bench: SQS', s),
    units: delivered('src'),
  },
  {
    label: 'Kinesis, 4 shards',
    unit: 'records',
    build: (s) => pair('kinesis', { shards: 4, traffic: poisson(1000) }, {})('bench: Kinesis', s),
    units: delivered('src'),
  },
  { label: '100 ALB -> function pairs, 10 rps each', unit: 'invocations', build: (s) => manyPairs(100, s), units: invocations },
  { label: '200 functions (the node limit), 5 rps each', unit: 'invocations', build: (s) => manyPairs(200, s), units: invocations },
];
