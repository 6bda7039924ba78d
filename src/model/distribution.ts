import { z } from './zodConfig';

/**
 * A random quantity, in the unit of the field that holds it (`durationMs` is in
 * milliseconds, `idleKeepAliveSeconds` in seconds). Sampled with the run's seeded
 * generator, so the same seed gives the same draws.
 */
export const fixedSchema = z.strictObject({
  distribution: z.literal('fixed'),
  value: z.number().nonnegative(),
});

export const exponentialSchema = z.strictObject({
  distribution: z.literal('exponential'),
  mean: z.number().positive(),
});

export const uniformSchema = z
  .strictObject({
    distribution: z.literal('uniform'),
    min: z.number().nonnegative(),
    max: z.number().nonnegative(),
  })
  .refine((d) => d.min <= d.max, { message: 'min must not exceed max', path: ['max'] });

export const lognormalSchema = z
  .strictObject({
    distribution: z.literal('lognormal'),
    p50: z.number().positive(),
    p99: z.number().positive(),
  })
  .refine((d) => d.p99 >= d.p50, { message: 'p99 must be at least p50', path: ['p99'] });

export const distributionSchema = z.union([fixedSchema, exponentialSchema, uniformSchema, lognormalSchema]);

export type Distribution = z.infer<typeof distributionSchema>;

export const fixed = (value: number): Distribution => ({ distribution: 'fixed', value });
