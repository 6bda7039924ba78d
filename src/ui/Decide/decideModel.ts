/**
 * What the Decide panel shows, computed from summaries: the compare table and
 * its sentences, the replication intervals, the sweep's choices. Pure, so it is
 * tested in Node; the components only lay it out.
 */
import { compareSummaries, differenceSentence, headlineFigures } from '../../analysis/compare';
import { interval95, type Interval } from '../../analysis/interval';
import { chooseFromSweep, pointLabel, type SweepChoice, type SweepRow } from '../../analysis/sweep';
import type { SimulationSummary } from '../../engine/api';
import { applyVariant, baseDesign, designLetter, type Scenario } from '../../model';
import { formatCount, formatDurationMs, formatUSD } from '../format';

/** One design to run: A is the diagram as it is, B, C, D its variants. */
export interface Design {
  letter: string;
  name: string;
  scenario: Scenario;
}

export function designsOf(scenario: Scenario): Design[] {
  return [
    { letter: 'A', name: 'The diagram', scenario: baseDesign(scenario) },
    ...(scenario.variants ?? []).map((v, i) => ({ letter: designLetter(i + 1), name: v.name, scenario: applyVariant(scenario, v) })),
  ];
}

type Unit = 'usd' | 'count' | 'ms';

/** How each headline figure of compare.ts reads; every one of them is better lower, but invocations (the work done). */
const FIGURE_INFO: Readonly<Record<string, { label: string; unit: Unit; lowerIsBetter: boolean | null }>> = {
  costUSD: { label: 'Cost', unit: 'usd', lowerIsBetter: true },
  invocations: { label: 'Invocations', unit: 'count', lowerIsBetter: null },
  throttles: { label: 'Throttles', unit: 'count', lowerIsBetter: true },
  coldStarts: { label: 'Cold starts', unit: 'count', lowerIsBetter: true },
  errors: { label: 'Errors', unit: 'count', lowerIsBetter: true },
  p50Ms: { label: 'Duration p50', unit: 'ms', lowerIsBetter: true },
  p95Ms: { label: 'Duration p95', unit: 'ms', lowerIsBetter: true },
  p99Ms: { label: 'Duration p99', unit: 'ms', lowerIsBetter: true },
  maxConcurrency: { label: 'Peak concurrency', unit: 'count', lowerIsBetter: null },
};

export const figureLabel = (figure: string): string => FIGURE_INFO[figure]?.label ?? figure;

export function formatFigure(value: number, unit: Unit): string {
  if (unit === 'usd') return formatUSD(value);
  if (unit === 'ms') return formatDurationMs(value);
  return formatCount(value);
}

/** "+410 ms", "−$0.0123", "+1,204", "0": a difference with its sign. */
export function formatDifference(difference: number, unit: Unit): string {
  if (difference === 0) return '0';
  const sign = difference > 0 ? '+' : '−';
  const abs = Math.abs(difference);
  return `${sign}${unit === 'count' ? abs.toLocaleString('en-US', { maximumFractionDigits: 0 }) : formatFigure(abs, unit)}`;
}

export type Verdict = 'better' | 'worse' | 'same' | 'neutral';

export interface CompareCell {
  value: string;
  /** Against A; null in A's own column. */
  difference: string | null;
  verdict: Verdict | null;
}

export interface CompareView {
  designs: { letter: string; name: string }[];
  rows: { figure: string; label: string; cells: CompareCell[] }[];
  /** One a variant: "B: 23 % cheaper, p99 +410 ms, 1,204 more throttles". */
  sentences: string[];
}

/** The compare table: each figure of each design, and each variant's difference from A with its sign. */
export function compareView(designs: readonly Pick<Design, 'letter' | 'name'>[], summaries: readonly SimulationSummary[]): CompareView {
  if (summaries.length !== designs.length || summaries.length === 0) throw new Error('one summary a design');
  const diffs = summaries.map((s) => compareSummaries(summaries[0], s));
  const rows = diffs[0].map((d, k) => {
    const info = FIGURE_INFO[d.figure] ?? { label: d.figure, unit: 'count' as Unit, lowerIsBetter: null };
    const cells = diffs.map((column, i): CompareCell => {
      const c = column[k];
      const value = formatFigure(c.b, info.unit);
      if (i === 0) return { value, difference: null, verdict: null };
      const verdict: Verdict =
        c.difference === 0 ? 'same' : info.lowerIsBetter === null ? 'neutral' : c.difference < 0 === info.lowerIsBetter ? 'better' : 'worse';
      return { value, difference: formatDifference(c.difference, info.unit), verdict };
    });
    return { figure: d.figure, label: info.label, cells };
  });
  const sentences = diffs.slice(1).map((d, i) => differenceSentence(designs[i + 1].letter, d));
  return { designs: designs.map(({ letter, name }) => ({ letter, name })), rows, sentences };
}

export interface IntervalRow {
  figure: string;
  label: string;
  interval: Interval;
  mean: string;
  /** "[low, high]" in the figure's unit. */
  range: string;
  /** Half the interval's width, "± 12 ms". */
  halfWidth: string;
}

/** Mean and 95 % interval of each headline figure over the replications (at least one). */
export function replicationView(summaries: readonly SimulationSummary[]): IntervalRow[] {
  if (summaries.length === 0) throw new Error('no replications');
  const columns = summaries.map(headlineFigures);
  return columns[0].map(({ figure }, k) => {
    const info = FIGURE_INFO[figure] ?? { label: figure, unit: 'count' as Unit, lowerIsBetter: null };
    const interval = interval95(columns.map((c) => c[k].value));
    // Counts are exact to a tenth up to a million, so mean and bounds read alike; larger ones take the compact form.
    const exact = info.unit === 'count' && Math.max(Math.abs(interval.low), Math.abs(interval.high)) < 1_000_000;
    const fmt = (v: number) => (exact ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : formatFigure(v, info.unit));
    return {
      figure,
      label: info.label,
      interval,
      mean: fmt(interval.mean),
      range: `[${fmt(Math.max(0, interval.low))}, ${fmt(interval.high)}]`,
      halfWidth: `± ${fmt((interval.high - interval.low) / 2)}`,
    };
  });
}

export interface SweepView {
  rows: (SweepRow & { label: string; marks: ('cheapest' | 'fastest' | 'balanced')[] })[];
  choice: SweepChoice;
  /** The sentence, with a capital. */
  sentence: string;
}

/** The sweep's rows with the cheapest, fastest (p95) and balanced (weight on cost) marked. */
export function sweepView(rows: readonly SweepRow[], costWeight: number): SweepView {
  const choice = chooseFromSweep(rows, costWeight);
  const marked = rows.map((r) => ({
    ...r,
    label: pointLabel(r),
    marks: (['cheapest', 'fastest', 'balanced'] as const).filter((m) => choice[m] === r),
  }));
  return { rows: marked, choice, sentence: choice.sentence.charAt(0).toUpperCase() + choice.sentence.slice(1) };
}

/** Each row's size in MB ("1,024", "1,024 arm" on arm64), or '' where its cost is within 7 % of the cost range of a labelled point. */
export function sweepPointLabels(rows: readonly SweepRow[]): string[] {
  const costs = rows.map((r) => r.costUSD);
  const span = Math.max(...costs) - Math.min(...costs) || 1;
  const shown: number[] = [];
  const order = rows.map((_, i) => i).sort((a, b) => costs[a] - costs[b]);
  const out = rows.map(() => '');
  for (const i of order) {
    if (shown.some((c) => Math.abs(c - costs[i]) < 0.07 * span)) continue;
    shown.push(costs[i]);
    out[i] = `${rows[i].memoryMB.toLocaleString('en-US')}${rows[i].architecture === 'arm64' ? ' arm' : ''}`;
  }
  return out;
}

/** The default sizes of a sweep: the common steps and the function's own size, in order. */
export function defaultSweepSizes(currentMB: number | undefined): number[] {
  const sizes = new Set([128, 256, 512, 1024, 1769, 3008]);
  if (currentMB !== undefined) sizes.add(currentMB);
  return [...sizes].sort((a, b) => a - b);
}
