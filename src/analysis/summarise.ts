import { interval95, type Interval } from './interval';

/** A value of the same shape as T with every number replaced by its 95 % interval over the replications. */
export type Intervals<T> = T extends number ? Interval : T extends string ? T : T extends object ? { [K in keyof T]: Intervals<T[K]> } : T;

/** Folds replications of one summary shape into one of intervals; strings are kept from the first. */
export function summariseReplications<T>(runs: readonly T[]): Intervals<T> {
  if (runs.length === 0) throw new Error('no replications to summarise');
  const first = runs[0] as unknown;
  if (typeof first === 'number') return interval95(runs as readonly number[]) as Intervals<T>;
  if (first === null || typeof first !== 'object') return first as Intervals<T>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    out[key] = summariseReplications(runs.map((r) => (r as Record<string, unknown>)[key]));
  }
  return out as Intervals<T>;
}
