import { expect, test } from 'vitest';
import { runToEnd } from '../../engine';
import { SECONDS_PER_MONTH } from '../../engine/cost/prices';
import { parseScenario } from '../../model';
import { PRESETS, loadPreset } from '../../scenarios';
import { reviewScenario } from '..';
import { chartCsv } from './chartData';
import { buildReviewReport, extractEmbeddedScenario } from './html';
import { infracostUsageYaml } from './infracost';
import { settingsDifferingFromDefaults } from './defaultsDiff';

const preset = (id: string) => {
  const r = loadPreset(PRESETS.find((p) => p.id === id)!);
  if (!r.ok) throw new Error(id);
  return r.scenario;
};

test('the CSV of the charts sums to the run summary', () => {
  const scenario = preset('kinesis-poison-record');
  const summary = runToEnd(scenario);
  const [header, ...lines] = chartCsv(summary).trim().split('\r\n');
  expect(header.split(',')).toEqual(['function', 'invocations', 'coldStarts', 'throttles', 'errors', 'maxConcurrency', 'costUSD']);
  const rows = lines.map((l) => l.split(','));
  const sum = (col: number) => rows.reduce((s, r) => s + Number(r[col]), 0);
  const fns = Object.values(summary.functions);
  expect(rows.map((r) => r[0])).toEqual(Object.keys(summary.functions));
  expect(sum(1)).toBe(fns.reduce((s, f) => s + f.invocations, 0));
  expect(sum(2)).toBe(fns.reduce((s, f) => s + f.coldStarts, 0));
  expect(sum(4)).toBe(fns.reduce((s, f) => s + f.errors, 0));
  expect(sum(6)).toBeCloseTo(summary.account.totalCostUSD, 9);
});

test('the Infracost usage file projects each function\'s invocations over a 30-day month', () => {
  const summary = runToEnd(preset('eventbridge-cron-job'));
  const yaml = infracostUsageYaml(summary);
  const [id, f] = Object.entries(summary.functions)[0];
  expect(yaml).toContain('version: 0.1\nresource_usage:\n');
  expect(yaml).toContain(`  aws_lambda_function.${id}:\n    monthly_requests: ${Math.round((f.invocations / summary.simulatedSeconds) * SECONDS_PER_MONTH)}\n`);
  // A rate(15 minutes) schedule: 4 an hour, 2,880 in 30 days.
  expect(yaml).toMatch(/monthly_requests: 2880\n/);
});

test('the report has every part, loads nothing from the network, and carries the scenario back', () => {
  const scenario = preset('reserved-concurrency-sqs-pitfall');
  const html = buildReviewReport({ scenario, findings: reviewScenario(scenario), summary: runToEnd(scenario) });
  for (const id of ['diagram', 'findings', 'figures', 'charts', 'cost', 'settings', 'data']) expect(html).toContain(`<section id="${id}">`);
  expect(html).toContain('sqs-reserved-without-maximum-concurrency');
  expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  const reopened = parseScenario(extractEmbeddedScenario(html));
  expect(reopened.ok && reopened.scenario).toEqual(scenario);
});

test('settings that differ from the defaults are listed with the default beside them', () => {
  const scenario = preset('api-gateway-29s-timeout');
  const changes = settingsDifferingFromDefaults(scenario);
  expect(changes).toContainEqual({ path: 'nodes.build-report.config.timeoutSeconds', value: '60', awsDefault: '3' });
  expect(changes).toContainEqual({ path: 'nodes.build-report.config.memoryMB', value: '2048', awsDefault: '128' });
  expect(changes.some((c) => c.path.endsWith('.architecture'))).toBe(false);
});

test('a scenario name with </script> cannot break out of the embedded JSON', () => {
  const scenario = { ...preset('eventbridge-cron-job'), name: 'x</script><b>y' };
  const html = buildReviewReport({ scenario, findings: [], summary: runToEnd(scenario) });
  expect((extractEmbeddedScenario(html) as { name: string }).name).toBe('x</script><b>y');
});
