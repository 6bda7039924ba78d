import {
  DURATION_TIERS,
  EPHEMERAL_FREE_MB,
  EPHEMERAL_PRICE_PER_GBS,
  FREE_TIER,
  PROVISIONED_DURATION_PRICE_PER_GBS,
  PROVISIONED_PRICE_PER_GBS,
  REQUEST_PRICE_USD,
  TENANT_ENVIRONMENT_PRICE_PER_GB,
  type Architecture,
} from './prices';

/** GB = MB / 1,024 (§10.2 examples: 1,536 MB is 1.5 GB). */
export const gigabytes = (memoryMB: number): number => memoryMB / 1024;

/** §10.1: duration is rounded up to the nearest 1 ms, per invocation; an invocation bills at least 1 ms. */
export const billedMs = (durationMs: number): number => Math.max(1, Math.ceil(durationMs - 1e-9));

/** What a month's (or a run's) usage of one architecture adds up to. */
export interface Usage {
  requests: number;
  /** On-demand GB-seconds (billed duration × memory). */
  onDemandGBs: number;
  /** GB-seconds run on provisioned environments. */
  provisionedRunGBs: number;
  /** GB-seconds of provisioned concurrency configured (allocated × memory × time). */
  provisionedConfiguredGBs: number;
  /** GB-seconds of ephemeral storage above 512 MB (extra GB × duration). */
  ephemeralGBs: number;
  /** Tenant isolation mode: new tenant-isolated environments × their memory in GB; null when the mode is off. */
  tenantEnvironmentGB: number | null;
}

export const emptyUsage = (): Usage => ({
  requests: 0,
  onDemandGBs: 0,
  provisionedRunGBs: 0,
  provisionedConfiguredGBs: 0,
  ephemeralGBs: 0,
  tenantEnvironmentGB: null,
});

/** On-demand duration cost with the monthly tiers; `alreadyGBs` is the usage billed before it in the same month. */
export function tieredDurationUSD(gbSeconds: number, architecture: Architecture, alreadyGBs = 0): number {
  let cost = 0;
  let from = alreadyGBs;
  let left = gbSeconds;
  for (const tier of DURATION_TIERS[architecture]) {
    if (left <= 0) break;
    const room = tier.upToGBs - from;
    if (room <= 0) continue;
    const take = Math.min(room, left);
    cost += take * tier.pricePerGBs;
    left -= take;
    from += take;
  }
  return cost;
}

export function ephemeralGBs(ephemeralStorageMB: number, billedSeconds: number): number {
  return (Math.max(0, ephemeralStorageMB - EPHEMERAL_FREE_MB) / 1024) * billedSeconds;
}

export interface CostLines {
  requestsUSD: number;
  computeUSD: number;
  provisionedUSD: number;
  ephemeralUSD: number;
  /** Only when tenant isolation mode is on: new tenant-isolated environments (§10.1). */
  tenantIsolationUSD?: number;
  totalUSD: number;
}

/**
 * The bill for some usage. `freeTier` subtracts the monthly 1 M requests and
 * 400,000 GB-s (from on-demand duration, as AWS's examples do, PC Example 1
 * included); the simulated run's cost never does (design.md).
 */
export function priceUsage(usage: Usage, architecture: Architecture, freeTier: boolean): CostLines {
  const requests = freeTier ? Math.max(0, usage.requests - FREE_TIER.requests) : usage.requests;
  const onDemandGBs = freeTier ? Math.max(0, usage.onDemandGBs - FREE_TIER.gbSeconds) : usage.onDemandGBs;
  const requestsUSD = requests * REQUEST_PRICE_USD;
  const computeUSD =
    tieredDurationUSD(onDemandGBs, architecture) + usage.provisionedRunGBs * PROVISIONED_DURATION_PRICE_PER_GBS[architecture];
  const provisionedUSD = usage.provisionedConfiguredGBs * PROVISIONED_PRICE_PER_GBS[architecture];
  const ephemeralUSD = usage.ephemeralGBs * EPHEMERAL_PRICE_PER_GBS;
  const totalUSD = requestsUSD + computeUSD + provisionedUSD + ephemeralUSD;
  if (usage.tenantEnvironmentGB === null) return { requestsUSD, computeUSD, provisionedUSD, ephemeralUSD, totalUSD };
  // No free tier applies to it (§10.2 example 8 applies none).
  const tenantIsolationUSD = usage.tenantEnvironmentGB * TENANT_ENVIRONMENT_PRICE_PER_GB;
  return { requestsUSD, computeUSD, provisionedUSD, ephemeralUSD, tenantIsolationUSD, totalUSD: totalUSD + tenantIsolationUSD };
}

/** The incremental cost of one invocation (no free tier, tier 1), for per-tick cost series. */
export function invocationCostUSD(
  architecture: Architecture,
  memoryMB: number,
  billedDurationMs: number,
  onProvisioned: boolean,
  ephemeralStorageMB: number,
): number {
  const gbs = gigabytes(memoryMB) * (billedDurationMs / 1000);
  const rate = onProvisioned ? PROVISIONED_DURATION_PRICE_PER_GBS[architecture] : DURATION_TIERS[architecture][0].pricePerGBs;
  return REQUEST_PRICE_USD + gbs * rate + ephemeralGBs(ephemeralStorageMB, billedDurationMs / 1000) * EPHEMERAL_PRICE_PER_GBS;
}
