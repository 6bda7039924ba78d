import type { SimulationSummary } from '../api';
import { emptyUsage, priceUsage, type Usage } from './pricing';
import { FREE_TIER, SECONDS_PER_MONTH, type Architecture } from './prices';

/**
 * This run's usage repeated over a 30-day month, priced with the monthly
 * tiers and the always-free tier (1 M requests and 400,000 GB-s per month,
 * shared by both architectures: taken from x86 usage first, then Arm).
 */
export function projectMonth(
  usages: readonly { architecture: Architecture; usage: Usage }[],
  simulatedSeconds: number,
): SimulationSummary['monthlyProjection'] {
  const scale = simulatedSeconds > 0 ? SECONDS_PER_MONTH / simulatedSeconds : 0;
  const byArch: Record<Architecture, Usage> = { x86_64: emptyUsage(), arm64: emptyUsage() };
  for (const { architecture, usage } of usages) {
    const u = byArch[architecture];
    u.requests += usage.requests * scale;
    u.onDemandGBs += usage.onDemandGBs * scale;
    u.provisionedRunGBs += usage.provisionedRunGBs * scale;
    u.provisionedConfiguredGBs += usage.provisionedConfiguredGBs * scale;
    u.ephemeralGBs += usage.ephemeralGBs * scale;
    // New environments scaled with the month as the rest (distinct tenants would saturate over a longer time; an upper estimate).
    if (usage.tenantEnvironmentGB !== null) u.tenantEnvironmentGB = (u.tenantEnvironmentGB ?? 0) + usage.tenantEnvironmentGB * scale;
  }
  let freeRequests: number = FREE_TIER.requests;
  let freeGBs: number = FREE_TIER.gbSeconds;
  const out: SimulationSummary['monthlyProjection'] = { requestsUSD: 0, computeUSD: 0, provisionedUSD: 0, totalUSD: 0 };
  for (const arch of ['x86_64', 'arm64'] as const) {
    const u = { ...byArch[arch] };
    const r = Math.min(freeRequests, u.requests);
    u.requests -= r;
    freeRequests -= r;
    const g = Math.min(freeGBs, u.onDemandGBs);
    u.onDemandGBs -= g;
    freeGBs -= g;
    const bill = priceUsage(u, arch, false);
    out.requestsUSD += bill.requestsUSD;
    out.computeUSD += bill.computeUSD + bill.ephemeralUSD;
    out.provisionedUSD += bill.provisionedUSD;
    if (bill.tenantIsolationUSD !== undefined) out.tenantIsolationUSD = (out.tenantIsolationUSD ?? 0) + bill.tenantIsolationUSD;
    out.totalUSD += bill.totalUSD;
  }
  return out;
}
