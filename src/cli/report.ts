import type { SimulationSummary } from '../engine/api';

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const usd = (x: number) => (x < 0.01 && x > 0 ? `$${x.toFixed(6)}` : `$${x.toFixed(2)}`);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** The human-readable report of `npm run simulate`. */
export function formatReport(s: SimulationSummary): string {
  const out: string[] = [];
  out.push(`${s.scenarioName} (seed ${s.seed})`);
  out.push(`${n(s.simulatedSeconds)} simulated seconds, ${n(s.events)} events, ${n(s.wallMs)} ms of wall time`);
  out.push('');
  for (const [id, f] of Object.entries(s.functions)) {
    out.push(`function ${id}`);
    out.push(`  invocations ${n(f.invocations)}, cold starts ${n(f.coldStarts)}, throttles ${n(f.throttles)}, errors ${n(f.errors)} (timeouts ${n(f.timeouts)}, crashes ${n(f.crashes)}, out of memory ${n(f.outOfMemory)})`);
    out.push(`  concurrency max ${n(f.maxConcurrency)}, mean ${f.meanConcurrency.toFixed(2)}; environments mean ${f.meanEnvironments.toFixed(2)}`);
    out.push(`  duration p50 ${ms(f.durationMs.p50)}, p95 ${ms(f.durationMs.p95)}, p99 ${ms(f.durationMs.p99)}`);
    if (f.asyncEventsReceived > 0)
      out.push(
        `  async events received ${n(f.asyncEventsReceived)}, succeeded ${n(f.asyncEventsSucceeded)}, dropped ${n(f.asyncEventsDropped)} (to DLQ/destination ${n(f.asyncEventsDeadLettered)}), still queued ${n(f.asyncEventsQueued)}`,
      );
    if (f.provisionedConcurrencyInvocations + f.provisionedConcurrencySpilloverInvocations > 0)
      out.push(`  on provisioned concurrency ${n(f.provisionedConcurrencyInvocations)}, spilled over ${n(f.provisionedConcurrencySpilloverInvocations)}`);
    if (f.tenantIsolation)
      out.push(
        `  tenant isolation: ${n(f.tenantIsolation.tenantsSeen)} of ${n(f.tenantIsolation.tenants)} tenants seen, ${n(f.tenantIsolation.environmentsCreated)} tenant environments created (${f.tenantIsolation.environmentsPerTenant.toFixed(2)} per tenant)`,
      );
    if (f.recursiveInvocationsDropped > 0) out.push(`  recursive invocations dropped ${n(f.recursiveInvocationsDropped)}`);
    out.push(
      `  cost ${usd(f.cost.totalUSD)} (requests ${usd(f.cost.requestsUSD)}, compute ${usd(f.cost.computeUSD)}, provisioned ${usd(f.cost.provisionedUSD)}, ephemeral ${usd(f.cost.ephemeralUSD)}${f.cost.tenantIsolationUSD === undefined ? '' : `, tenant isolation ${usd(f.cost.tenantIsolationUSD)}`})`,
    );
  }
  for (const [id, r] of Object.entries(s.resources)) {
    out.push(`${r.kind} ${id}`);
    out.push(
      `  arrived ${n(r.arrived)}, delivered ${n(r.delivered)}, rejected ${n(r.rejected)}, dropped ${n(r.dropped)}, dead-lettered ${n(r.deadLettered)}, max backlog ${n(r.maxBacklog)}`,
    );
    const extras = Object.entries(r.metrics).filter(([, v]) => v !== 0);
    if (extras.length > 0) out.push(`  ${extras.map(([k, v]) => `${k} ${Number.isInteger(v) ? n(v) : v.toFixed(2)}`).join(', ')}`);
  }
  out.push('');
  out.push(`account: concurrency max ${n(s.account.maxConcurrency)}, mean ${s.account.meanConcurrency.toFixed(2)}; this window costs ${usd(s.account.totalCostUSD)} (no free tier)`);
  out.push(`a 30-day month of this traffic, free tier applied: ${usd(s.monthlyProjection.totalUSD)}`);
  return `${out.join('\n')}\n`;
}
