import type { SimulationSummary } from '../engine/api';

/** One figure of two runs: A's value, B's value and B − A. */
export interface FigureDifference {
  figure: string;
  a: number;
  b: number;
  difference: number;
}

const FIGURES: readonly [string, (s: SimulationSummary) => number][] = [
  ['costUSD', (s) => s.account.totalCostUSD],
  ['invocations', (s) => sum(s, (f) => f.invocations)],
  ['throttles', (s) => sum(s, (f) => f.throttles)],
  ['coldStarts', (s) => sum(s, (f) => f.coldStarts)],
  ['errors', (s) => sum(s, (f) => f.errors)],
  ['p50Ms', (s) => max(s, (f) => f.durationMs.p50)],
  ['p95Ms', (s) => max(s, (f) => f.durationMs.p95)],
  ['p99Ms', (s) => max(s, (f) => f.durationMs.p99)],
  ['maxConcurrency', (s) => s.account.maxConcurrency],
];

function sum(s: SimulationSummary, pick: (f: SimulationSummary['functions'][string]) => number): number {
  let t = 0;
  for (const f of Object.values(s.functions)) t += pick(f);
  return t;
}
function max(s: SimulationSummary, pick: (f: SimulationSummary['functions'][string]) => number): number {
  let m = 0;
  for (const f of Object.values(s.functions)) m = Math.max(m, pick(f));
  return m;
}

/** The headline figures of one run, in the order a comparison lists them. */
export function headlineFigures(s: SimulationSummary): { figure: string; value: number }[] {
  return FIGURES.map(([figure, get]) => ({ figure, value: get(s) }));
}

/** Each headline figure of A and B and their difference B − A (identical runs give exactly zero). */
export function compareSummaries(a: SimulationSummary, b: SimulationSummary): FigureDifference[] {
  return FIGURES.map(([figure, get]) => {
    const va = get(a);
    const vb = get(b);
    return { figure, a: va, b: vb, difference: vb - va };
  });
}

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "B: 23 % cheaper, p99 +410 ms, 1,204 more throttles" (only figures that differ). */
export function differenceSentence(label: string, diffs: readonly FigureDifference[]): string {
  const by = new Map(diffs.map((d) => [d.figure, d]));
  const parts: string[] = [];
  const cost = by.get('costUSD');
  if (cost && cost.difference !== 0 && cost.a > 0) {
    const pct = Math.round((Math.abs(cost.difference) / cost.a) * 100);
    parts.push(`${pct} % ${cost.difference < 0 ? 'cheaper' : 'dearer'}`);
  }
  const p99 = by.get('p99Ms');
  if (p99 && p99.difference !== 0) parts.push(`p99 ${p99.difference > 0 ? '+' : '−'}${count.format(Math.abs(p99.difference))} ms`);
  for (const [figure, noun] of [['throttles', 'throttles'], ['coldStarts', 'cold starts'], ['errors', 'errors']] as const) {
    const d = by.get(figure);
    if (d && d.difference !== 0) parts.push(`${count.format(Math.abs(d.difference))} ${d.difference > 0 ? 'more' : 'fewer'} ${noun}`);
  }
  return `${label}: ${parts.length > 0 ? parts.join(', ') : 'no difference'}`;
}
