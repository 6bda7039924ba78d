import type { FunctionConfig } from '../../model';
import { ephemeralGBs, gigabytes, invocationCostUSD, type Usage } from '../cost/pricing';
import { EPHEMERAL_FREE_MB, REQUEST_PRICE_USD } from '../cost/prices';

/**
 * §10: one request, the billed duration × memory at the on-demand rate (or
 * the lower rate of provisioned environments), and ephemeral storage above
 * 512 MB. Rates are worked out once per configuration; `bill` adds one
 * invocation to the function's usage and returns what it costs (tier 1, no
 * free tier) for the per-tick cost series.
 */
export class InvocationBilling {
  private readonly gbPerMs: number;
  private readonly ephemeralGBPerMs: number;
  private readonly onDemandUSDPerMs: number;
  private readonly provisionedUSDPerMs: number;

  constructor(config: FunctionConfig) {
    this.gbPerMs = gigabytes(config.memoryMB) / 1000;
    this.ephemeralGBPerMs = config.ephemeralStorageMB > EPHEMERAL_FREE_MB ? ephemeralGBs(config.ephemeralStorageMB, 1) / 1000 : 0;
    const perMs = (provisioned: boolean) => invocationCostUSD(config.architecture, config.memoryMB, 1, provisioned, config.ephemeralStorageMB) - REQUEST_PRICE_USD;
    this.onDemandUSDPerMs = perMs(false);
    this.provisionedUSDPerMs = perMs(true);
  }

  bill(usage: Usage, billedDurationMs: number, onProvisioned: boolean): number {
    const gbs = this.gbPerMs * billedDurationMs;
    usage.requests++;
    if (onProvisioned) usage.provisionedRunGBs += gbs;
    else usage.onDemandGBs += gbs;
    if (this.ephemeralGBPerMs > 0) usage.ephemeralGBs += this.ephemeralGBPerMs * billedDurationMs;
    return REQUEST_PRICE_USD + (onProvisioned ? this.provisionedUSDPerMs : this.onDemandUSDPerMs) * billedDurationMs;
  }
}

/** Records that fail in one invocation: poison records always, the others each with probability `errorRate`. */
export function drawFailedRecords(rng: { next(): number; binomial(n: number, p: number): number }, errorRate: number, batchSize: number, poison: number): number {
  const poisoned = Math.min(batchSize, poison);
  if (errorRate <= 0) return poisoned;
  const clean = batchSize - poisoned;
  return poisoned + (clean === 1 ? (rng.next() < errorRate ? 1 : 0) : rng.binomial(clean, errorRate));
}
