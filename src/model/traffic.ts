import { cosTurns } from '../engine/kernel/portableMath';
import { z } from './zodConfig';
import { INPUT_LIMITS } from './limits';

/**
 * How requests, events or messages arrive at a source.
 *
 * The rate in force at time t is `ratePerSecond`, replaced by the last `steps`
 * entry at or before t, then moved linearly by `ramp` inside its window, then
 * multiplied by the daily cycle. `bursts` add requests on top at given instants.
 */
export const trafficSchema = z.strictObject({
  /** `constant` spaces arrivals evenly; `poisson` draws exponential gaps. */
  pattern: z.enum(['constant', 'poisson']).default('poisson'),
  ratePerSecond: z.number().nonnegative().default(1),
  steps: z
    .array(z.strictObject({ atSeconds: z.number().nonnegative(), ratePerSecond: z.number().nonnegative() }))
    .max(INPUT_LIMITS.maxListEntries)
    .default([]),
  ramp: z
    .strictObject({
      startSeconds: z.number().nonnegative(),
      endSeconds: z.number().nonnegative(),
      toRatePerSecond: z.number().nonnegative(),
    })
    .refine((r) => r.endSeconds > r.startSeconds, { message: 'endSeconds must be after startSeconds', path: ['endSeconds'] })
    .nullable()
    .default(null),
  dailyCycle: z
    .strictObject({
      /** 0 keeps the rate flat; 1 swings it between 0 and twice the base. */
      amplitude: z.number().min(0).max(1),
      peakHourUTC: z.number().min(0).max(24).default(12),
    })
    .nullable()
    .default(null),
  bursts: z
    .array(
      z.strictObject({
        atSeconds: z.number().nonnegative(),
        count: z.number().int().positive(),
        /** 0 means all at the same instant; otherwise spread evenly over this many seconds. */
        spreadSeconds: z.number().nonnegative().default(0),
      }),
    )
    .max(INPUT_LIMITS.maxListEntries)
    .default([]),
});

export type Traffic = z.infer<typeof trafficSchema>;
export type TrafficInput = z.input<typeof trafficSchema>;



/** The arrival rate in force at `tSeconds`, before bursts (see the schema's comment for the order of rules). */
export function trafficRateAt(traffic: Traffic, tSeconds: number): number {
  let rate = traffic.ratePerSecond;
  for (const step of traffic.steps) if (step.atSeconds <= tSeconds) rate = step.ratePerSecond;
  const ramp = traffic.ramp;
  if (ramp && tSeconds >= ramp.startSeconds) {
    let from = traffic.ratePerSecond;
    for (const step of traffic.steps) if (step.atSeconds <= ramp.startSeconds) from = step.ratePerSecond;
    const f = Math.min(1, (tSeconds - ramp.startSeconds) / (ramp.endSeconds - ramp.startSeconds));
    rate = from + (ramp.toRatePerSecond - from) * f;
  }
  const cycle = traffic.dailyCycle;
  if (cycle) {
    // The phase in turns of the day; cosTurns gives the same bits in Node and every browser (Math.cos does not).
    const turns = (tSeconds / 3600 - cycle.peakHourUTC) / 24;
    rate *= 1 + cycle.amplitude * cosTurns(turns);
  }
  return Math.max(0, rate);
}

/** The largest rate the traffic reaches in [0, durationSeconds], for thinning and for limits. */
export function trafficPeakRate(traffic: Traffic): number {
  let peak = traffic.ratePerSecond;
  for (const step of traffic.steps) peak = Math.max(peak, step.ratePerSecond);
  if (traffic.ramp) peak = Math.max(peak, traffic.ramp.toRatePerSecond);
  return peak * (1 + (traffic.dailyCycle?.amplitude ?? 0));
}

/** Expected number of arrivals in [0, durationSeconds], bursts included. */
export function expectedTrafficCount(traffic: Traffic, durationSeconds: number): number {
  const samples = 2000;
  const dt = durationSeconds / samples;
  let total = 0;
  for (let i = 0; i < samples; i++) total += trafficRateAt(traffic, (i + 0.5) * dt) * dt;
  for (const burst of traffic.bursts) if (burst.atSeconds < durationSeconds) total += burst.count;
  return total;
}


