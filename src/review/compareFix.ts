import { runToEnd } from '../engine';
import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';
import type { Finding } from './types';

export interface ComparedFigure {
  label: string;
  before: number;
  after: number;
}

function totals(summary: SimulationSummary) {
  const fns = Object.values(summary.functions);
  const res = Object.values(summary.resources);
  const sum = (f: (x: (typeof fns)[number]) => number) => fns.reduce((s, x) => s + f(x), 0);
  return {
    invocations: sum((f) => f.invocations),
    throttles: sum((f) => f.throttles),
    errors: sum((f) => f.errors),
    coldStarts: sum((f) => f.coldStarts),
    deadLettered: res.reduce((s, r) => s + r.deadLettered, 0) + sum((f) => f.asyncEventsDeadLettered),
    dropped: res.reduce((s, r) => s + r.dropped, 0),
    costUSD: summary.account.totalCostUSD,
  };
}

/** "Show me": the scenario as it is and with the finding's fix, each run (at most `maxSeconds` long), figures side by side. */
export function compareFix(scenario: Scenario, finding: Finding, maxSeconds = 300): ComparedFigure[] {
  const short = (s: Scenario): Scenario => ({ ...s, durationSeconds: Math.min(s.durationSeconds, maxSeconds) });
  const before = totals(runToEnd(short(scenario)));
  const after = totals(runToEnd(short(finding.apply(scenario))));
  const labels: Record<keyof typeof before, string> = {
    invocations: 'Invocations',
    throttles: 'Throttles',
    errors: 'Errors',
    coldStarts: 'Cold starts',
    deadLettered: 'Dead-lettered',
    dropped: 'Dropped',
    costUSD: 'Cost (USD)',
  };
  return (Object.keys(labels) as (keyof typeof before)[]).map((k) => ({ label: labels[k], before: before[k], after: after[k] }));
}
