import { z } from './zodConfig';
import { distributionSchema } from './distribution';

/** §1.1: 1,000 concurrent executions per Region by default. */
export const ACCOUNT_CONCURRENCY_DEFAULT = 1000;
/** §1.2: Lambda always keeps 100 units unreserved. */
export const UNRESERVED_MINIMUM = 100;
/** Part 1: about 10 minutes idle keep-alive (measured since mid-2019, §2.3). */
export const IDLE_KEEP_ALIVE_SECONDS_DEFAULT = 600;
/** Part 1: recycled "every few hours"; measured about 2 h (§2.2, §2.3). */
export const MAX_ENVIRONMENT_LIFETIME_SECONDS_DEFAULT = 7200;

/**
 * §1.2: how much of an account's concurrency may be set aside (reserved, or provisioned
 * for functions that reserve none): all but the 100 Lambda keeps unreserved. A limit of
 * 100 or less is valid (new accounts start at 10) but leaves nothing to set aside.
 */
export function maxSetAside(concurrencyLimit: number): number {
  return Math.max(0, concurrencyLimit - UNRESERVED_MINIMUM);
}

/** Why `claimed` cannot be set aside under `concurrencyLimit`, or null when it can. `verb` is "totals" or "would total". */
export function setAsideProblem(claimed: number, concurrencyLimit: number, verb = 'totals'): string | null {
  const max = maxSetAside(concurrencyLimit);
  if (claimed <= max) return null;
  if (max === 0)
    return (
      `nothing can be reserved in an account whose concurrency limit is ${concurrencyLimit}: Lambda keeps ${UNRESERVED_MINIMUM} unreserved, ` +
      `so reserved concurrency (and provisioned concurrency of functions that reserve none) needs a limit above ${UNRESERVED_MINIMUM}; ` +
      `this scenario sets aside ${claimed}`
    );
  return (
    `reserved concurrency (with the provisioned concurrency of functions that reserve none) ${verb} ${claimed}, ` +
    `but at most ${max} can be set aside: Lambda keeps ${UNRESERVED_MINIMUM} of the account's ${concurrencyLimit} unreserved`
  );
}

export const accountSchema = z.strictObject({
  /** New accounts may start at 10; a limit of 100 or less leaves nothing to reserve (maxSetAside). */
  concurrencyLimit: z.number().int().min(10).max(1_000_000).default(ACCOUNT_CONCURRENCY_DEFAULT),
  /** `current`: per-function 1,000 environments per 10 s; `legacy`: pre-November-2023 account burst then +500/min (§1.4). */
  scalingModel: z.enum(['current', 'legacy']).default('current'),
  /** Legacy model only: the Region's account-wide burst (3,000 in us-east-1, us-west-2, eu-west-1; §1.4). */
  legacyBurstConcurrency: z.number().int().min(1).default(3000),
  idleKeepAliveSeconds: z.union([z.number().nonnegative(), distributionSchema]).default(IDLE_KEEP_ALIVE_SECONDS_DEFAULT),
  /** Which idle environment takes a request: AWS documents none (§2.2); newest-first matches measurements. */
  routing: z.enum(['newest', 'mostRecentlyUsed', 'random']).default('newest'),
  maxEnvironmentLifetimeSeconds: z.number().positive().nullable().default(MAX_ENVIRONMENT_LIFETIME_SECONDS_DEFAULT),
  /** §1.1: synchronous requests per second are capped at 10 × account concurrency. */
  requestsPerSecondLimitEnabled: z.boolean().default(true),
  /** §2.4: INIT is billed for every configuration since 1 Aug 2025; false applies the earlier rule (ZIP, managed runtime: free). */
  initBilled: z.boolean().default(true),
});

export type Account = z.infer<typeof accountSchema>;
