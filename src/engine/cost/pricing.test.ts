import { describe, expect, it } from 'vitest';
import { billedMs, emptyUsage, ephemeralGBs, gigabytes, priceUsage, tieredDurationUSD, type Usage } from './pricing';

/** AWS shows each line rounded to the cent (§10.2). */
const cents = (usd: number) => Math.round(usd * 100) / 100;

function usage(partial: Partial<Usage>): Usage {
  return { ...emptyUsage(), ...partial };
}

describe('pricing: AWS worked examples of lambda-model.md §10.2', () => {
  it('On-demand Example 1, mobile backend: $2.33 + $0.40 = $2.73 (free tier applied)', () => {
    const u = usage({ requests: 3_000_000, onDemandGBs: 3_000_000 * 0.12 * gigabytes(1536) });
    const bill = priceUsage(u, 'x86_64', true);
    expect(cents(bill.computeUSD)).toBe(2.33);
    expect(cents(bill.requestsUSD)).toBe(0.4);
    expect(cents(bill.computeUSD) + cents(bill.requestsUSD)).toBeCloseTo(2.73, 10);
  });

  it('On-demand Example 2, streaming telemetry: $1.49 + $248.00 = $249.49 (no free tier)', () => {
    const requests = 10_000 * 24 * 31;
    const bill = priceUsage(usage({ requests, onDemandGBs: requests * 2 * gigabytes(1024) }), 'x86_64', false);
    expect(cents(bill.requestsUSD)).toBe(1.49);
    expect(cents(bill.computeUSD)).toBe(248.0);
    expect(cents(bill.totalUSD)).toBe(249.49);
  });

  it('On-demand Example 3, BERT with 2,048 MB ephemeral storage: $105.33 + $1 + $0.08 = $106.41', () => {
    const seconds = 6_000_000 * 0.28;
    const u = usage({ requests: 6_000_000, onDemandGBs: seconds * gigabytes(4096), ephemeralGBs: ephemeralGBs(2048, seconds) });
    const bill = priceUsage(u, 'x86_64', true);
    expect(cents(bill.computeUSD)).toBe(105.33);
    expect(cents(bill.requestsUSD)).toBe(1.0);
    expect(cents(bill.ephemeralUSD)).toBe(0.08);
    expect(cents(bill.totalUSD)).toBe(106.41);
  });

  it('Provisioned Example 1, mobile launch: $18 + $0.40 + $0.73 + $0.83 = $19.96', () => {
    const u = usage({
      requests: 3_000_000,
      provisionedConfiguredGBs: 100 * gigabytes(1536) * 8 * 3600,
      provisionedRunGBs: 500_000 * 0.1 * gigabytes(1536),
      onDemandGBs: 2_500_000 * 0.12 * gigabytes(1536),
    });
    const bill = priceUsage(u, 'x86_64', true);
    expect(cents(bill.provisionedUSD)).toBe(18.0);
    expect(cents(bill.requestsUSD)).toBe(0.4);
    expect(cents(u.provisionedRunGBs * 0.0000097222)).toBe(0.73);
    expect(cents(bill.computeUSD - u.provisionedRunGBs * 0.0000097222)).toBe(0.83);
    expect(cents(bill.totalUSD)).toBe(19.96);
  });

  it('Provisioned Example 2, Cyber Monday: $10.08 + $21.78 + $0.40 = $32.26 (no free tier)', () => {
    const u = usage({
      requests: 2_000_000,
      provisionedConfiguredGBs: 7 * gigabytes(4096) * 86_400,
      provisionedRunGBs: 2_000_000 * 0.28 * gigabytes(4096),
    });
    const bill = priceUsage(u, 'x86_64', false);
    expect(cents(bill.provisionedUSD)).toBe(10.08);
    expect(cents(bill.computeUSD)).toBe(21.78);
    expect(cents(bill.requestsUSD)).toBe(0.4);
    expect(cents(bill.totalUSD)).toBe(32.26);
  });

  it('Tenant isolation Example: $2 + $333.34 + $33.4 = $368.74 (1,024 MB, 10 M invokes × 2 s, 1K tenants × 200 environments; no free tier)', () => {
    const requests = 10_000_000;
    const environments = 1_000 * 200;
    const u = usage({ requests, onDemandGBs: requests * 2 * gigabytes(1024), tenantEnvironmentGB: environments * gigabytes(1024) });
    const bill = priceUsage(u, 'x86_64', false);
    expect(cents(bill.requestsUSD)).toBe(2);
    expect(cents(bill.tenantIsolationUSD!)).toBe(33.4);
    // 20 M GB-s × $0.0000166667 = $333.334, which the page shows as $333.34 (rounded up; to the nearest cent it is $333.33).
    expect(bill.computeUSD).toBeCloseTo(333.334, 6);
    expect(Math.ceil(bill.computeUSD * 100) / 100).toBe(333.34);
    expect(bill.totalUSD).toBeCloseTo(2 + 333.334 + 33.4, 6);
    expect(Math.abs(bill.totalUSD - 368.74)).toBeLessThan(0.01);
  });

  it('without tenant isolation mode the bill has no tenant line', () => {
    expect(priceUsage(usage({ requests: 1 }), 'x86_64', false).tenantIsolationUSD).toBeUndefined();
  });

  it('applies the monthly tiers: 10 % off from 6 billion GB-s and 20 % off beyond 15 billion (x86)', () => {
    expect(tieredDurationUSD(6e9, 'x86_64')).toBeCloseTo(6e9 * 0.0000166667, 4);
    expect(tieredDurationUSD(16e9, 'x86_64')).toBeCloseTo(6e9 * 0.0000166667 + 9e9 * 0.000015 + 1e9 * 0.0000133334, 4);
    expect(tieredDurationUSD(8e9, 'arm64')).toBeCloseTo(7.5e9 * 0.0000133334 + 0.5e9 * 0.0000120001, 4);
  });

  it('rounds each duration up to the next millisecond', () => {
    expect(billedMs(3004.92)).toBe(3005);
    expect(billedMs(100)).toBe(100);
    expect(billedMs(0.2)).toBe(1);
  });

  it('bills at least 1 ms, even for a 0 ms invocation (§10.1: rounded up to the nearest 1 ms)', () => {
    expect(billedMs(0)).toBe(1);
    expect(billedMs(1e-12)).toBe(1);
  });
});
