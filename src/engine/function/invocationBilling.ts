import type { FunctionConfig } from '../../model';
import { ephemeralGBs, gigabytes, invocationCostUSD, type Usage } from '../cost/pricing';
import { EPHEMERAL_FREE_MB } from '../cost/prices';

/**
 * §10: one request, the billed duration × memory at the on-demand rate (or
 * the lower rate of provisioned environments), and ephemeral storage above
 * 512 MB. Adds to the function's usage and returns what this invocation costs
 * (tier 1, no free tier) for the per-tick cost series.
 */
export function billInvocation(usage: Usage, config: FunctionConfig, billedDurationMs: number, onProvisioned: boolean): number {
  const seconds = billedDurationMs / 1000;
  const gbs = gigabytes(config.memoryMB) * seconds;
  usage.requests++;
  if (onProvisioned) usage.provisionedRunGBs += gbs;
  else usage.onDemandGBs += gbs;
  if (config.ephemeralStorageMB > EPHEMERAL_FREE_MB) usage.ephemeralGBs += ephemeralGBs(config.ephemeralStorageMB, seconds);
  return invocationCostUSD(config.architecture, config.memoryMB, billedDurationMs, onProvisioned, config.ephemeralStorageMB);
}

/** Records that fail in one invocation: poison records always, the others each with probability `errorRate`. */
export function drawFailedRecords(rng: { next(): number; binomial(n: number, p: number): number }, errorRate: number, batchSize: number, poison: number): number {
  const poisoned = Math.min(batchSize, poison);
  if (errorRate <= 0) return poisoned;
  const clean = batchSize - poisoned;
  return poisoned + (clean === 1 ? (rng.next() < errorRate ? 1 : 0) : rng.binomial(clean, errorRate));
}
