/**
 * What the traffic preview draws and says: the arrival rate over the run
 * (trafficRateAt, the engine's own rule), where it peaks and how many arrivals
 * to expect (expectedTrafficCount, bursts included).
 */
import { expectedTrafficCount, trafficRateAt, type Traffic } from '../../model';
import { formatRunTime } from '../Toolbar/formatClock';

export interface RatePoint {
  tSeconds: number;
  ratePerSecond: number;
}

/** Evenly spaced samples, from 0 to the run length inclusive. */
export const PREVIEW_SAMPLES = 121;

/** Just before a step, so the line drops or rises straight at the step's time. */
const BEFORE_SECONDS = 1e-6;

/**
 * Times where the rate has a corner: steps (both sides), the ramp's ends, and
 * the daily cycle's peaks and troughs, so the drawn line and the peak are exact
 * there and not only at the even samples.
 */
function cornerTimes(traffic: Traffic, durationSeconds: number): number[] {
  const times: number[] = [];
  for (const step of traffic.steps) times.push(step.atSeconds - BEFORE_SECONDS, step.atSeconds);
  if (traffic.ramp) times.push(traffic.ramp.startSeconds, traffic.ramp.endSeconds);
  if (traffic.dailyCycle) {
    for (let hour = traffic.dailyCycle.peakHourUTC % 12; hour * 3600 <= durationSeconds; hour += 12) times.push(hour * 3600);
  }
  return times.filter((t) => t > 0 && t < durationSeconds);
}

/** The rate at the even samples and at every corner inside the run, in time order. */
export function trafficPreviewPoints(traffic: Traffic, durationSeconds: number, samples = PREVIEW_SAMPLES): RatePoint[] {
  const times = new Set<number>();
  for (let i = 0; i < samples; i++) times.add((durationSeconds * i) / (samples - 1));
  for (const t of cornerTimes(traffic, durationSeconds)) times.add(t);
  return [...times].sort((a, b) => a - b).map((tSeconds) => ({ tSeconds, ratePerSecond: trafficRateAt(traffic, tSeconds) }));
}

export interface TrafficSummary {
  /** Highest rate reached inside the run, and the first time it is reached. */
  peakRatePerSecond: number;
  peakAtSeconds: number;
  expectedCount: number;
  /** Bursts that fall inside the run. */
  burstsInRun: Traffic['bursts'];
}

export function summarizeTraffic(traffic: Traffic, durationSeconds: number, points = trafficPreviewPoints(traffic, durationSeconds)): TrafficSummary {
  let peak = points[0] ?? { tSeconds: 0, ratePerSecond: 0 };
  for (const p of points) if (p.ratePerSecond > peak.ratePerSecond + 1e-9) peak = p;
  return {
    peakRatePerSecond: peak.ratePerSecond,
    peakAtSeconds: peak.tSeconds,
    expectedCount: expectedTrafficCount(traffic, durationSeconds),
    burstsInRun: traffic.bursts.filter((b) => b.atSeconds < durationSeconds),
  };
}

/** A run length in the largest unit that divides it: 90 s, 10 min, 1 h, 2 d. */
export function formatRunLength(seconds: number): string {
  if (seconds >= 86_400 && seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds.toLocaleString('en-US')} s`;
}

function formatRate(ratePerSecond: number): string {
  return ratePerSecond.toLocaleString('en-US', { maximumFractionDigits: ratePerSecond < 10 ? 2 : 0 });
}

function burstsText(bursts: Traffic['bursts']): string {
  if (bursts.length === 0) return '';
  if (bursts.length > 1) return ` (${bursts.length} bursts included)`;
  const [b] = bursts;
  const spread = b.spreadSeconds > 0 ? ` over ${b.spreadSeconds.toLocaleString('en-US')} s` : '';
  return ` (a burst of ${b.count.toLocaleString('en-US')} at ${formatRunTime(b.atSeconds)}${spread})`;
}

/** "peak 250 req/s at 10:00; 360,000 expected requests over 1 h". */
export function trafficSummaryText(summary: TrafficSummary, durationSeconds: number, noun: { short: string; plural: string }): string {
  const over = `over ${formatRunLength(durationSeconds)}`;
  if (summary.expectedCount === 0) return `no ${noun.plural} of its own ${over} (rate 0)`;
  const peak = summary.peakRatePerSecond > 0 ? `peak ${formatRate(summary.peakRatePerSecond)} ${noun.short}/s at ${formatRunTime(summary.peakAtSeconds)}` : 'no steady rate';
  const count = `${Math.round(summary.expectedCount).toLocaleString('en-US')} expected ${noun.plural} ${over}`;
  return `${peak}; ${count}${burstsText(summary.burstsInRun)}`;
}
