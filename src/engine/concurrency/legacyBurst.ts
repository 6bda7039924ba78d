import { TokenBucket } from './tokenBucket';

/**
 * Legacy scaling model (before November 2023, lambda-model.md §1.4): the
 * account's functions together may reach an initial burst (3,000 in us-east-1,
 * `account.legacyBurstConcurrency`), "after the initial burst, your functions'
 * concurrency can scale by an additional 500 instances each minute". Modelled
 * as one account-wide bucket of new environments: capacity = the burst,
 * refilled continuously at 500 per minute. The AWS Operator Guide example
 * (10,000 requests at once: 3,000 served, 7,000 throttled) follows directly.
 */
export const LEGACY_SCALING_PER_MINUTE = 500;

export function createLegacyBurstBucket(burstConcurrency: number): TokenBucket {
  return new TokenBucket(burstConcurrency, LEGACY_SCALING_PER_MINUTE / 60);
}
