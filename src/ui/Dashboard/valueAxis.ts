/**
 * Value axes in the unit a person reads: ages and durations in ms, s, min or
 * h ("13 min", never "800.0k"), cost in dollars ("$0.009", never "9.0e-3"),
 * counts as counts. The ticks are chosen here, on round numbers of the unit
 * shown, so that every label is one of a few short words.
 */
import { formatCount, formatDurationMs, formatUSD } from '../format';

/** What a chart's values are: how its axis ticks fall and how its values read. */
export type ValueKind = 'count' | 'ms' | 'USD';

export interface ValueAxis {
  /** From 0 to the top tick, which stays above the largest value (a limit line never sits on the frame). */
  ticks: number[];
  format: (value: number) => string;
}

const DURATION_UNITS: readonly { ms: number; suffix: string }[] = [
  { ms: 1, suffix: 'ms' },
  { ms: 1000, suffix: 's' },
  { ms: 60_000, suffix: 'min' },
  { ms: 3_600_000, suffix: 'h' },
  { ms: 86_400_000, suffix: 'd' },
];

/** Room above the largest value, so a line at the top is not drawn on the chart's edge. */
const HEADROOM = 1.08;

/** The smallest of 1, 2, 5 × 10ⁿ at or above `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9));
  return step ?? 10 * power;
}

/** Ticks 0, step, 2 step, ... up to the first at or above `top`, in at most `intervals` steps. */
function roundTicks(top: number, intervals: number, smallestStep: number): number[] {
  const step = Math.max(smallestStep, niceStep(top / intervals));
  const count = Math.max(1, Math.ceil(top / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Decimals needed to write multiples of `step` exactly (0.25 → 2, 5 → 0). */
function decimalsOf(step: number): number {
  for (let d = 0; d < 12; d++) if (Math.abs(Number(step.toFixed(d)) - step) < step * 1e-9) return d;
  return 12;
}

const plain = (value: number, decimals: number) => String(Number(value.toFixed(decimals)));

function durationUnitOf(ms: number): { ms: number; suffix: string } {
  return DURATION_UNITS.findLast((u) => ms >= u.ms) ?? DURATION_UNITS[0];
}

/** Round ticks from 0 to just above `max` (the largest value or limit drawn), in `kind`'s unit. */
export function axisTicks(max: number, kind: ValueKind, intervals = 4): number[] {
  const top = Number.isFinite(max) && max > 0 ? max * HEADROOM : 0;
  if (kind === 'ms') {
    if (top === 0) return [0, 1000];
    const unit = durationUnitOf(top);
    return roundTicks(top / unit.ms, intervals, unit.ms === 1 ? 1 : 0).map((t) => Number((t * unit.ms).toPrecision(12)));
  }
  if (top === 0) return kind === 'USD' ? [0, 0.01] : [0, 1];
  return roundTicks(top, intervals, 0);
}

/** How the labels of these ticks read: all in one unit, with the decimals their step needs. */
export function axisFormatter(kind: ValueKind, ticks: readonly number[]): (value: number) => string {
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  if (kind === 'ms') {
    // The unit of the ticks below the top one: 0, 20, 40, 60 s stays in seconds, though 60 s is a minute.
    const unit = durationUnitOf(ticks[Math.max(1, ticks.length - 2)]);
    const decimals = decimalsOf(step / unit.ms);
    return (v) => (v === 0 ? '0' : `${plain(v / unit.ms, decimals)} ${unit.suffix}`);
  }
  if (kind === 'USD') {
    const decimals = Math.max(2, decimalsOf(step));
    return (v) => (v >= 10_000 ? `$${formatCount(v, 0)}` : `$${v.toFixed(decimals)}`);
  }
  const decimals = decimalsOf(step);
  return (v) => (Math.abs(v) >= 10_000 ? formatCount(v) : plain(v, decimals));
}

export function valueAxis(max: number, kind: ValueKind, intervals = 4): ValueAxis {
  const ticks = axisTicks(max, kind, intervals);
  return { ticks, format: axisFormatter(kind, ticks) };
}

/** One value as the tooltip and the text alternative write it: "1.85 s", "$0.0123", "0.35", "38.3 k". */
export function formatValue(value: number, kind: ValueKind): string {
  if (!Number.isFinite(value)) return '–';
  if (kind === 'ms') return formatDurationMs(value);
  if (kind === 'USD') return formatUSD(value);
  if (Math.abs(value) >= 10_000 || Number.isInteger(value)) return formatCount(value);
  return String(Number(value.toPrecision(3)));
}
