/**
 * Time-axis ticks at round simulated times (every 10 s, 5 min, 1 h, ...):
 * labels a person can read at a glance, and ticks that stay the same from
 * one redraw to the next until the run reaches the next round time, so the
 * chart's axis is not rebuilt on every redraw.
 */

/** Steps a tick may fall on, in seconds: 1 s up to two weeks (a run lasts 30 days at most). */
const STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800, 1_209_600];

/** Multiples of the smallest round step that fits at most `most` times in [firstS, lastS]. */
export function timeTicks(firstS: number, lastS: number, most = 4): number[] {
  if (!(lastS > firstS)) return [];
  const span = lastS - firstS;
  const step = STEPS_S.find((s) => span / s <= most) ?? Math.ceil(span / most / 86_400) * 86_400;
  const ticks: number[] = [];
  for (let t = Math.ceil(firstS / step) * step; t <= lastS; t += step) ticks.push(t);
  return ticks;
}

export interface TimeDomain {
  /** Seconds of run time at the axis' two ends. */
  domain: [number, number];
  ticks: number[];
}

/**
 * The time axis every chart shares: from the run's start (or the window's)
 * to the run's clock, whatever the chart's own data cover, so that all charts
 * end at the same time and a chart with a late or missing series lines up.
 */
export function timeDomain(clockMs: number, windowMs: number | null): TimeDomain {
  const endS = Math.max(0, clockMs) / 1000;
  const startS = windowMs === null ? 0 : Math.max(0, endS - windowMs / 1000);
  if (!(endS > startS)) return { domain: [0, 1], ticks: [] };
  return { domain: [startS, endS], ticks: timeTicks(startS, endS) };
}
