import type { Scenario } from '../model';

/** The scenario with every function (or the one named) set to `memoryMB`, its duration stated at the memory it had. */
export function atMemory(scenario: Scenario, memoryMB: number, functionId?: string): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) =>
      n.kind === 'function' && (functionId === undefined || n.id === functionId)
        ? { ...n, config: { ...n.config, referenceMemoryMB: n.config.referenceMemoryMB ?? n.config.memoryMB, memoryMB } }
        : n,
    ),
  };
}

/** Parses `memoryMB=128,512,1769`: the list of sizes, or a message saying what is wrong. */
export function parseSweep(spec: string): { ok: true; memoryMB: number[] } | { ok: false; message: string } {
  const m = /^memoryMB=(.+)$/.exec(spec);
  if (!m) return { ok: false, message: `--sweep expects memoryMB=128,512,... (got "${spec}")` };
  const sizes = m[1].split(',').map((s) => Number(s.trim()));
  const bad = sizes.find((s) => !Number.isInteger(s) || s < 128 || s > 10240);
  if (bad !== undefined) return { ok: false, message: `--sweep: every memory size is a whole number of MB from 128 to 10,240 (got "${m[1]}")` };
  return { ok: true, memoryMB: sizes };
}

export type Architecture = 'x86_64' | 'arm64';
export const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64'];

/** One configuration of a sweep: a memory size, and an architecture (null: each function keeps its own). */
export interface SweepPoint {
  memoryMB: number;
  architecture: Architecture | null;
}

export interface SweepRow extends SweepPoint {
  costUSD: number;
  /** The largest over the functions. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Every size at every architecture given (none given: the functions' own). */
export function sweepPoints(memoryMB: readonly number[], architectures: readonly Architecture[] = []): SweepPoint[] {
  if (architectures.length === 0) return memoryMB.map((m) => ({ memoryMB: m, architecture: null }));
  return architectures.flatMap((architecture) => memoryMB.map((m) => ({ memoryMB: m, architecture })));
}

/** The scenario at one point of the sweep. */
export function atPoint(scenario: Scenario, point: SweepPoint, functionId?: string): Scenario {
  const sized = atMemory(scenario, point.memoryMB, functionId);
  const architecture = point.architecture;
  if (architecture === null) return sized;
  return {
    ...sized,
    nodes: sized.nodes.map((n) => (n.kind === 'function' && (functionId === undefined || n.id === functionId) ? { ...n, config: { ...n.config, architecture } } : n)),
  };
}

/** What a sweep reports of one run. */
export function sweepRow(point: SweepPoint, summary: { account: { totalCostUSD: number }; functions: Record<string, { durationMs: { p50: number; p95: number; p99: number } }> }): SweepRow {
  const fns = Object.values(summary.functions);
  const pick = (k: 'p50' | 'p95' | 'p99') => Math.max(0, ...fns.map((f) => f.durationMs[k]));
  return { ...point, costUSD: summary.account.totalCostUSD, p50Ms: pick('p50'), p95Ms: pick('p95'), p99Ms: pick('p99') };
}

export const pointLabel = (p: SweepPoint): string => `${p.memoryMB.toLocaleString('en-US')} MB${p.architecture ? ` ${p.architecture}` : ''}`;

export interface SweepChoice {
  cheapest: SweepRow;
  fastest: SweepRow;
  balanced: SweepRow;
  sentence: string;
}

/**
 * The cheapest row, the one of lowest p95, and the balanced one: the least
 * `costWeight`·cost/max cost + (1 − costWeight)·p95/max p95. Ties go to the
 * earlier row (smaller memory first).
 */
export function chooseFromSweep(rows: readonly SweepRow[], costWeight = 0.5): SweepChoice {
  if (rows.length === 0) throw new Error('a sweep needs at least one row');
  if (!(costWeight >= 0 && costWeight <= 1)) throw new Error(`the weight on cost is between 0 and 1 (got ${costWeight})`);
  const least = (score: (r: SweepRow) => number) => rows.reduce((m, r) => (score(r) < score(m) ? r : m));
  const maxCost = Math.max(...rows.map((r) => r.costUSD)) || 1;
  const maxP95 = Math.max(...rows.map((r) => r.p95Ms)) || 1;
  const cheapest = least((r) => r.costUSD);
  const fastest = least((r) => r.p95Ms);
  const balanced = least((r) => costWeight * (r.costUSD / maxCost) + (1 - costWeight) * (r.p95Ms / maxP95));
  const weight = costWeight === 0.5 ? 'equal weight on cost and p95' : `${Math.round(costWeight * 100)} % weight on cost, ${Math.round((1 - costWeight) * 100)} % on p95`;
  const sentence = `cheapest at ${pointLabel(cheapest)}, fastest (p95) at ${pointLabel(fastest)}, balanced (${weight}) at ${pointLabel(balanced)}`;
  return { cheapest, fastest, balanced, sentence };
}

/** Parses `x86_64,arm64`. */
export function parseArchitectures(spec: string): { ok: true; architectures: Architecture[] } | { ok: false; message: string } {
  const list = spec.split(',').map((s) => s.trim());
  const bad = list.find((a) => !(ARCHITECTURES as readonly string[]).includes(a));
  if (bad !== undefined || list.length === 0) return { ok: false, message: `--architectures takes x86_64, arm64 or both, comma-separated (got "${spec}")` };
  return { ok: true, architectures: [...new Set(list)] as Architecture[] };
}
