import { describe, expect, it } from 'vitest';
import { createSimulation } from '..';
import type { SimulationRun } from '../simulation';
import type { InvokeOutcome } from '../ports';
import { callerToFunction } from '../testing/scenarioBuilder';

/** Invokes the function directly with batches, as an event source mapping does, and collects the outcomes. */
function batches(opts: { errorRate: number; batchSize: number; poison: number; reportItemFailures: boolean; count: number }) {
  const sim = createSimulation(
    callerToFunction({
      seconds: 100_000,
      callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 0 } },
      fn: { errorRate: opts.errorRate, durationMs: { distribution: 'fixed', value: 10 } },
    }),
  ) as SimulationRun;
  const fn = sim.functions.get('fn')!;
  const outcomes: { status: InvokeOutcome['status']; failed: number }[] = [];
  for (let i = 0; i < opts.count; i++) {
    const admission = fn.invokeSync(
      { sourceId: 'mapping', batchSize: opts.batchSize, poisonRecords: opts.poison, chainDepth: 0, reportBatchItemFailures: opts.reportItemFailures },
      (o) => outcomes.push({ status: o.status, failed: o.failedRecords }),
    );
    expect(admission.admitted).toBe(true);
    sim.advanceTo(sim.nowMs + 1000);
  }
  return outcomes;
}

describe('errors in batches (functionConfig errorRate, §6)', () => {
  it('each record fails on its own: failed records are poison + Binomial(n − poison, p)', () => {
    const out = batches({ errorRate: 0.1, batchSize: 100, poison: 3, reportItemFailures: false, count: 2000 });
    const mean = out.reduce((a, o) => a + o.failed, 0) / out.length;
    // Mean 3 + 97 × 0.1 = 12.7; the standard error of the mean is sqrt(97 × 0.09 / 2,000) ≈ 0.066.
    expect(Math.abs(mean - 12.7)).toBeLessThan(0.3);
    expect(out.every((o) => o.failed >= 3 && o.status === 'error')).toBe(true);
  });

  it('with ReportBatchItemFailures, a batch with failed records is a partial success', () => {
    const out = batches({ errorRate: 0.05, batchSize: 10, poison: 1, reportItemFailures: true, count: 200 });
    expect(out.every((o) => o.status === 'success' && o.failed >= 1)).toBe(true);
  });

  it('a clean batch succeeds with no failed records', () => {
    const out = batches({ errorRate: 0, batchSize: 10, poison: 0, reportItemFailures: false, count: 50 });
    expect(out.every((o) => o.status === 'success' && o.failed === 0)).toBe(true);
  });
});
