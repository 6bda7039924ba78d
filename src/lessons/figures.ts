/** Reading a lesson's figure out of a run: a value of the summary by path, and the moment a series shows it. */
import type { SimulationSummary } from '../engine/api';
import type { SeriesTable } from '../store/seriesTable';
import type { LessonStep, Prediction } from './schema';

/** The number at `path` in the summary, or undefined when the path names nothing (a node the run lacks, a typo). */
export function readFigure(summary: SimulationSummary, path: string): number | undefined {
  const [group, ...rest] = path.split('.');
  let at: unknown = (summary as unknown as Record<string, unknown>)[group];
  if (group === 'functions' || group === 'resources') {
    // Node ids may hold dots: the id is the longest prefix the group knows.
    const table = at as Record<string, unknown> | undefined;
    if (!table) return undefined;
    let k = rest.length - 1;
    while (k > 0 && !(rest.slice(0, k).join('.') in table)) k--;
    at = table[rest.slice(0, k).join('.')];
    for (const key of rest.slice(k)) at = (at as Record<string, unknown> | undefined)?.[key];
  } else {
    for (const key of rest) at = (at as Record<string, unknown> | undefined)?.[key];
  }
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

/** The figure a prediction asks about, in the prediction's unit (divided by `divideBy`). */
export function predictionFigure(summary: SimulationSummary, prediction: Prediction): number | undefined {
  const raw = readFigure(summary, prediction.figure);
  return raw === undefined ? undefined : raw / prediction.divideBy;
}

/** The node a figure path names (functions.<id>..., resources.<id>...), for checks against the diagram. */
export function figureNode(path: string, nodeIds: readonly string[]): string | undefined {
  const [group, ...rest] = path.split('.');
  if (group !== 'functions' && group !== 'resources') return undefined;
  for (let k = rest.length - 1; k > 0; k--) {
    const candidate = rest.slice(0, k).join('.');
    if (nodeIds.includes(candidate)) return candidate;
  }
  return rest[0];
}

export interface Moment {
  /** Simulated time, ms since the run began (the end of the chart point that shows it). */
  tMs: number;
  value: number;
  text: string;
}

/** "1 min 05 s" style, as the clock shows simulated time. */
export function formatSimTime(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${String(rest).padStart(2, '0')} s`;
}

/** Where in the run the explanation points: the first point above zero, or the peak, of the step's series. */
export function findMoment(table: SeriesTable, moment: NonNullable<LessonStep['explanation']['moment']>): Moment | null {
  const column = table.column(moment.series);
  if (!column) return null;
  let best = -1;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (!Number.isFinite(v)) continue;
    if (moment.when === 'first') {
      if (v > 0) {
        best = i;
        break;
      }
    } else if (best < 0 || v > column[best]) best = i;
  }
  if (best < 0 || (moment.when === 'peak' && !(column[best] > 0))) return null;
  // A point covers `stride` ticks and ends at endMs: the moment is the start of that span.
  const tMs = Math.max(0, table.endMs[best] - table.stride * table.tickMs);
  return { tMs, value: column[best], text: moment.says.replace('{t}', formatSimTime(tMs)) };
}
