/**
 * Lambda unit prices, US East (N. Virginia), lambda-model.md §10.1 (the AWS
 * pricing page, cross-checked against the Price List API offer file).
 */
export type Architecture = 'x86_64' | 'arm64';

export const REQUEST_PRICE_USD = 0.2 / 1_000_000;

/** On-demand duration per GB-second, by monthly tier: tier 1 up to the first bound, tier 2 up to the second, tier 3 beyond. */
export const DURATION_TIERS: Readonly<Record<Architecture, readonly { upToGBs: number; pricePerGBs: number }[]>> = {
  x86_64: [
    { upToGBs: 6e9, pricePerGBs: 0.0000166667 },
    { upToGBs: 15e9, pricePerGBs: 0.000015 },
    { upToGBs: Infinity, pricePerGBs: 0.0000133334 },
  ],
  arm64: [
    { upToGBs: 7.5e9, pricePerGBs: 0.0000133334 },
    { upToGBs: 18.75e9, pricePerGBs: 0.0000120001 },
    { upToGBs: Infinity, pricePerGBs: 0.0000106667 },
  ],
};

/** Provisioned concurrency: per GB-second configured, and per GB-second run on it. */
export const PROVISIONED_PRICE_PER_GBS: Readonly<Record<Architecture, number>> = { x86_64: 0.0000041667, arm64: 0.0000033334 };
export const PROVISIONED_DURATION_PRICE_PER_GBS: Readonly<Record<Architecture, number>> = {
  x86_64: 0.0000097222,
  arm64: 0.0000077778,
};

/** Ephemeral storage above the free 512 MB, per GB-second of duration. */
export const EPHEMERAL_PRICE_PER_GBS = 0.0000000309;
export const EPHEMERAL_FREE_MB = 512;

/**
 * Tenant isolation mode: $0.000167 per new tenant-isolated execution environment per GB of memory
 * (§10.1; §10.2 example 8: 200,000 environments of 1 GB cost $33.40). Same for both architectures.
 */
export const TENANT_ENVIRONMENT_PRICE_PER_GB = 0.000167;

/** Always-free tier per month (§10.1): applied to the monthly projection only, never to a simulated run. */
export const FREE_TIER = { requests: 1_000_000, gbSeconds: 400_000 } as const;

/** A month, for projections: 30 days. */
export const SECONDS_PER_MONTH = 30 * 24 * 3600;
