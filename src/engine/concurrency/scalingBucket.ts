import { TokenBucket } from './tokenBucket';

/**
 * Current scaling model (since 26 Nov 2023, lambda-model.md §1.4): each
 * function may add 1,000 execution environments every 10 seconds, refilled
 * continuously and never accrued beyond 1,000 — a token bucket of 1,000
 * refilled at 100 per second, one token per new environment. Reusing a warm
 * environment takes no token.
 */
export const CURRENT_SCALING_BUCKET = { capacity: 1000, refillPerSecond: 100 } as const;

export function createFunctionScalingBucket(): TokenBucket {
  return new TokenBucket(CURRENT_SCALING_BUCKET.capacity, CURRENT_SCALING_BUCKET.refillPerSecond);
}
