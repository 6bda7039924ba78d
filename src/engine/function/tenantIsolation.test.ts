import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd } from '..';
import { CURRENT_SCHEMA_VERSION, parseScenario } from '../../model';
import { SeededRng } from '../kernel/rng';
import { TENANT_ENVIRONMENT_PRICE_PER_GB } from '../cost/prices';
import { callerToFunction } from '../testing/scenarioBuilder';
import { TenantDraw } from './tenantRouting';

/**
 * Tenant isolation mode (lambda-model.md, December 2026 additions; AWS docs "Tenant isolation"): an
 * environment serves one tenant only; "Lambda first attempts to locate an available execution environment
 * associated with that tenant identifier. If no execution environments exist, Lambda creates and assigns a
 * new execution environment to that tenant." Each new tenant-isolated environment costs $0.000167 per GB (§10.1).
 */
const fixed = (value: number) => ({ distribution: 'fixed', value });

function run(fn: Record<string, unknown>, opts: { rate?: number; seconds?: number; pattern?: string; seed?: number } = {}) {
  return runToEnd(
    callerToFunction({
      seconds: opts.seconds ?? 600,
      seed: opts.seed ?? 5,
      caller: 'apiGateway',
      callerConfig: { traffic: { pattern: opts.pattern ?? 'constant', ratePerSecond: opts.rate ?? 1 } },
      fn: { memoryMB: 1024, durationMs: fixed(20), initDurationMs: fixed(200), timeoutSeconds: 10, ...fn },
    }),
  ).functions.fn;
}

describe('tenant isolation mode routes by tenant', () => {
  it('1,000 tenants uniformly at 1 request a second: cold starts = distinct tenants seen ≈ N(1 − (1 − 1/N)^n), far above the run without isolation', () => {
    const off = run({});
    const on = run({ tenantIsolation: { tenants: 1000, distribution: 'uniform' } });
    const n = on.invocations;
    expect(n).toBe(600);
    expect(off.invocations).toBe(n);
    const t = on.tenantIsolation!;
    // Counting argument: a request runs 20 ms once a second, so a tenant never has two at once and, with a
    // 600 s keep-alive over a 600 s run, no environment is reaped: one environment and one cold start per tenant seen.
    expect(on.coldStarts).toBe(t.tenantsSeen);
    expect(t.environmentsCreated).toBe(t.tenantsSeen);
    expect(t.environmentsPerTenant).toBe(1);
    // Distinct values among n uniform draws from N: mean N(1 − (1 − 1/N)^n); variance ≈ N e^−λ (1 − (1 + λ) e^−λ), λ = n / N.
    const N = 1000;
    const mean = N * (1 - (1 - 1 / N) ** n);
    const lambda = n / N;
    const sd = Math.sqrt(N * Math.exp(-lambda) * (1 - (1 + lambda) * Math.exp(-lambda)));
    expect(Math.abs(t.tenantsSeen - mean)).toBeLessThan(4 * sd);
    // Without isolation one warm environment serves everyone.
    expect(off.coldStarts).toBe(1);
    expect(on.coldStarts).toBeGreaterThanOrEqual(off.coldStarts);
    expect(on.coldStarts).toBeGreaterThan(400);
    expect(off.tenantIsolation).toBeUndefined();
    expect(off.cost.tenantIsolationUSD).toBeUndefined();
  });

  it('an idle environment of another tenant is never taken: 2 tenants at 1 request a second keep 2 environments, 1 tenant keeps 1', () => {
    const two = run({ tenantIsolation: { tenants: 2, distribution: 'uniform' } });
    expect(two.tenantIsolation!.tenantsSeen).toBe(2);
    expect(two.coldStarts).toBe(2);
    expect(two.meanEnvironments).toBeGreaterThan(1.9);
    const one = run({ tenantIsolation: { tenants: 1, distribution: 'uniform' } });
    expect(one.coldStarts).toBe(1);
  });

  it('with 1 tenant every number is that of isolation off, except the price of its new environments', () => {
    const busy = {
      durationMs: { distribution: 'exponential', mean: 300 },
      initDurationMs: { distribution: 'lognormal', p50: 200, p99: 900 },
      crashRate: 0.01,
      errorRate: 0.02,
    };
    const opts = { rate: 40, pattern: 'poisson', seconds: 300 };
    const off = run(busy, opts);
    const on = run({ ...busy, tenantIsolation: { tenants: 1, distribution: 'zipf', skew: 1.5 } }, opts);
    const { tenantIsolation, cost, ...rest } = on;
    const { cost: offCost, ...offRest } = off;
    expect(rest).toEqual(offRest);
    expect(tenantIsolation!.tenantsSeen).toBe(1);
    // Crash resets run a suppressed init on the same environment: not a new environment.
    expect(tenantIsolation!.environmentsCreated).toBeLessThan(on.coldStarts);
    expect(tenantIsolation!.environmentsCreated).toBeGreaterThan(10);
    const { tenantIsolationUSD, totalUSD, ...lines } = cost;
    const { totalUSD: offTotal, ...offLines } = offCost;
    expect(lines).toEqual(offLines);
    // §10.1: $0.000167 per new tenant-isolated environment per GB (1,024 MB = 1 GB here).
    expect(tenantIsolationUSD).toBeCloseTo(tenantIsolation!.environmentsCreated * 1 * 0.000167, 12);
    expect(totalUSD).toBeCloseTo(offTotal + tenantIsolationUSD!, 12);
  });

  it('the charge is per GB of memory: 512 MB environments cost half as much each', () => {
    const f = run({ memoryMB: 512, tenantIsolation: { tenants: 1000, distribution: 'uniform' } });
    expect(f.cost.tenantIsolationUSD).toBeCloseTo(f.tenantIsolation!.environmentsCreated * 0.5 * TENANT_ENVIRONMENT_PRICE_PER_GB, 12);
  });

  it('zipf traffic concentrates on few tenants: fewer distinct tenants and cold starts than uniform', () => {
    const uniform = run({ tenantIsolation: { tenants: 1000, distribution: 'uniform' } });
    const zipf = run({ tenantIsolation: { tenants: 1000, distribution: 'zipf', skew: 1.2 } });
    expect(zipf.tenantIsolation!.tenantsSeen).toBeLessThan(uniform.tenantIsolation!.tenantsSeen * 0.6);
    expect(zipf.coldStarts).toBe(zipf.tenantIsolation!.tenantsSeen);
  });
});

describe('tenant draws', () => {
  it('uniform: each of 10 tenants about 1/10 of the draws; zipf skew 1: tenant k about 1/(k H_10)', () => {
    const draws = 200_000;
    const count = (d: TenantDraw) => {
      const c: number[] = Array.from({ length: 10 }, () => 0);
      for (let i = 0; i < draws; i++) c[d.next()]++;
      return c.map((x) => x / draws);
    };
    const u = count(new TenantDraw({ tenants: 10, distribution: 'uniform', skew: 1 }, new SeededRng(1)));
    for (const p of u) expect(Math.abs(p - 0.1)).toBeLessThan(4 * Math.sqrt((0.1 * 0.9) / draws));
    const z = count(new TenantDraw({ tenants: 10, distribution: 'zipf', skew: 1 }, new SeededRng(2)));
    let h = 0;
    for (let k = 1; k <= 10; k++) h += 1 / k;
    z.forEach((p, i) => {
      const expected = 1 / ((i + 1) * h);
      expect(Math.abs(p - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / draws));
    });
  });
});

const base = (fn: Record<string, unknown>, source = 'apiGateway') =>
  parseScenario({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    nodes: [
      { id: 'src', kind: source, config: {} },
      { id: 'fn', kind: 'function', config: { tenantIsolation: { tenants: 10 }, ...fn } },
    ],
    edges: [{ id: 'e', source: 'src', target: 'fn', kind: 'trigger' }],
  });

describe('tenant isolation mode is validated as AWS allows it', () => {
  it('accepts API Gateway and a client; refuses a Function URL, an SQS queue, provisioned concurrency and SnapStart', () => {
    expect(base({}).ok).toBe(true);
    expect(base({}, 'client').ok).toBe(true);
    for (const bad of [base({}, 'functionUrl'), base({}, 'sqs'), base({ provisionedConcurrency: 2 }), base({ runtime: 'java-snapstart' })]) {
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.issues[0].message).toMatch(/tenant isolation/);
    }
  });

  it('a running function cannot change it (set when the function is created)', () => {
    const parsed = base({});
    if (!parsed.ok) throw new Error('invalid');
    const sim = createSimulation(parsed.scenario);
    const fnConfig = parsed.scenario.nodes[1].config as Record<string, unknown>;
    const result = sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...fnConfig, tenantIsolation: null } });
    expect(result.ok).toBe(false);
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...fnConfig, memoryMB: 256 } })).toEqual({ ok: true });
  });
});
