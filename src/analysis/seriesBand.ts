/**
 * The band of replications around a chart line: interval by interval, the
 * mean of the runs' values and its 95 % Student-t interval, as the
 * replication table computes it for each figure (interval.ts).
 */
import { interval95, type Interval } from './interval';
import type { RunSeries, SeriesFigure } from './series';

export interface BandPoint extends Interval {
  /** End of the interval, in simulated seconds. */
  endS: number;
}

/** One point an interval: the mean over the runs and its 95 % interval. The runs must share their intervals (replications do). */
export function seriesBand(runs: readonly RunSeries[], figure: SeriesFigure): BandPoint[] {
  if (runs.length === 0) throw new Error('a band needs at least one run');
  const [first] = runs;
  for (const run of runs)
    if (run.endS.length !== first.endS.length || run.endS.some((t, i) => t !== first.endS[i]))
      throw new Error('the runs of a band must share their intervals (the same duration and tick)');
  return first.endS.map((endS, i) => ({ endS, ...interval95(runs.map((run) => run[figure][i])) }));
}
