import type { SimulationSummary } from '../../engine/api';
import { SECONDS_PER_MONTH } from '../../engine/cost/prices';

/** Infracost resource names allow letters, digits, _ and -. */
const resourceName = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * An Infracost usage file (version 0.1) for the functions: `monthly_requests` is the run's
 * invocation rate over a 30-day month, `request_duration_ms` the run's median duration.
 */
export function infracostUsageYaml(summary: SimulationSummary): string {
  const lines = ['version: 0.1', 'resource_usage:'];
  for (const [id, f] of Object.entries(summary.functions)) {
    const monthly = summary.simulatedSeconds > 0 ? Math.round((f.invocations / summary.simulatedSeconds) * SECONDS_PER_MONTH) : 0;
    lines.push(`  aws_lambda_function.${resourceName(id)}:`, `    monthly_requests: ${monthly}`, `    request_duration_ms: ${Math.max(1, Math.round(f.durationMs.p50))}`);
  }
  return `${lines.join('\n')}\n`;
}
