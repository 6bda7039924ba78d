import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model';
import { runToEnd } from '../index';
import { PROVISIONED_PRICE_PER_GBS } from './prices';
import { ProvisionedBillingSpan } from './provisionedBilling';

/** A function with provisioned concurrency and no traffic, for a run of `seconds`. */
function provisionedOnly(seconds: number, provisioned: number, memoryMB: number) {
  const parsed = parseScenario({
    schemaVersion: 2,
    name: 'PC only',
    durationSeconds: seconds,
    nodes: [{ id: 'f', kind: 'function', position: { x: 0, y: 0 }, config: { memoryMB, provisionedConcurrency: provisioned } }],
    edges: [],
  });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return runToEnd(parsed.scenario);
}

describe('provisioned concurrency is billed in 5-minute blocks (§10.1)', () => {
  it('PC 10 × 1 GB configured for 1,000 s bills 1,200 s of PC', () => {
    const summary = provisionedOnly(1000, 10, 1024);
    expect(summary.functions.f.cost.provisionedUSD).toBeCloseTo(10 * 1 * 1200 * PROVISIONED_PRICE_PER_GBS.x86_64, 12);
  });

  it('a whole number of blocks is billed as it is: 1,800 s bills 1,800 s', () => {
    const summary = provisionedOnly(1800, 10, 1024);
    expect(summary.functions.f.cost.provisionedUSD).toBeCloseTo(10 * 1 * 1800 * PROVISIONED_PRICE_PER_GBS.x86_64, 12);
  });

  it('a span switched off after 61 s owes the rest of its first block at the level it had', () => {
    const span = new ProvisionedBillingSpan();
    span.change(0, 4);
    span.change(61_000, 0);
    expect(span.takeOwedEnvironmentMs()).toBe((300_000 - 61_000) * 4);
    expect(span.takeOwedEnvironmentMs()).toBe(0);
    span.close(400_000);
    expect(span.takeOwedEnvironmentMs()).toBe(0);
  });
});
