import type { SimulationSummary } from '../../engine/api';

/** The figures the report charts, one row per function. */
export interface FunctionChartRow {
  functionId: string;
  invocations: number;
  coldStarts: number;
  throttles: number;
  errors: number;
  maxConcurrency: number;
  costUSD: number;
}

export function chartRows(summary: SimulationSummary): FunctionChartRow[] {
  return Object.entries(summary.functions).map(([functionId, f]) => ({
    functionId,
    invocations: f.invocations,
    coldStarts: f.coldStarts,
    throttles: f.throttles,
    errors: f.errors,
    maxConcurrency: f.maxConcurrency,
    costUSD: f.cost.totalUSD,
  }));
}

const cell = (v: string | number): string => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The charts' data as CSV (RFC 4180), with a total row. */
export function chartCsv(summary: SimulationSummary): string {
  const rows = chartRows(summary);
  const header = ['function', 'invocations', 'coldStarts', 'throttles', 'errors', 'maxConcurrency', 'costUSD'];
  const lines = rows.map((r) => [r.functionId, r.invocations, r.coldStarts, r.throttles, r.errors, r.maxConcurrency, r.costUSD].map(cell).join(','));
  return `${header.join(',')}\r\n${lines.join('\r\n')}${lines.length ? '\r\n' : ''}`;
}
