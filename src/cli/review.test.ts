import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runReviewCli, type ReviewCliIo } from './reviewCli';
import { extractEmbeddedScenario } from '../review/report/html';

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const api: ReviewCliIo = {
    readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
    writeFile: (p, t) => void (written[p] = t),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  return { api, out, err, written };
}

test('--json prints the findings of a preset with ids, severities, nodes, message and fix, and exits 0', () => {
  const t = io();
  expect(runReviewCli(['src/scenarios/reserved-concurrency-sqs-pitfall.json', '--json'], t.api)).toBe(0);
  const json = JSON.parse(t.out.join('')) as { findings: { id: string; severity: string; nodes: string[]; message: string; fix: string }[] };
  expect(json.findings.map((f) => f.id).sort()).toEqual(['sqs-low-max-receive', 'sqs-reserved-without-maximum-concurrency']);
  const max = json.findings.find((f) => f.id === 'sqs-reserved-without-maximum-concurrency')!;
  expect(max).toMatchObject({ severity: 'high', nodes: ['jobs', 'worker'] });
  expect(Object.keys(max).sort()).toEqual(['fix', 'id', 'message', 'nodes', 'severity']);
});

test('the text form names each finding and its fix; a clean scenario says so', () => {
  const t = io();
  expect(runReviewCli(['src/scenarios/recursive-loop.json'], t.api)).toBe(0);
  expect(t.out.join('')).toMatch(/\[high\] recursive-loop/);
  expect(t.out.join('')).toMatch(/fix: /);
  const clean = io();
  expect(runReviewCli(['src/scenarios/alb-reserved-concurrency.json'], clean.api)).toBe(0);
  expect(clean.out.join('')).toMatch(/no findings/);
});

test('a SAM template is imported and reviewed', () => {
  const t = io();
  expect(runReviewCli(['src/io/fixtures/sam-template.yaml', '--json'], t.api)).toBe(0);
  expect(Array.isArray(JSON.parse(t.out.join('')).findings)).toBe(true);
});

test('bad input exits 2 naming the field and the reason', () => {
  const bad = io({ 'bad.json': JSON.stringify({ schemaVersion: 2, nodes: [{ id: 'f', kind: 'function', config: { memoryMB: 5 } }], edges: [] }) });
  expect(runReviewCli(['bad.json'], bad.api)).toBe(2);
  expect(bad.err.join('')).toMatch(/nodes\[0\] \(f\)\.config\.memoryMB: .*128/);
  const usage = io();
  expect(runReviewCli([], usage.api)).toBe(2);
  expect(runReviewCli(['x.json', '--report'], usage.api)).toBe(2);
  expect(usage.err.join('')).toMatch(/--report: needs the path/);
});

test('--report writes the HTML with the scenario embedded, the CSV and the Infracost usage file', () => {
  const t = io();
  expect(runReviewCli(['src/scenarios/eventbridge-cron-job.json', '--report', 'out.html'], t.api)).toBe(0);
  expect(Object.keys(t.written).sort()).toEqual(['out.csv', 'out.html', 'out.infracost-usage.yml']);
  const original = JSON.parse(readFileSync('src/scenarios/eventbridge-cron-job.json', 'utf8')) as { name: string; nodes: { id: string }[] };
  const embedded = extractEmbeddedScenario(t.written['out.html']) as { name: string; nodes: { id: string }[] };
  expect(embedded.name).toBe(original.name);
  expect(embedded.nodes.map((n) => n.id)).toEqual(original.nodes.map((n) => n.id));
});

test('--run runs the scenario once so the rules that read a run take part; without it the text says they wait', () => {
  const withRun = io();
  expect(runReviewCli(['src/scenarios/provisioned-concurrency-cold-starts.json', '--json', '--run'], withRun.api)).toBe(0);
  const ran = JSON.parse(withRun.out.join('')) as { findings: { id: string }[]; ran: boolean };
  expect(ran.ran).toBe(true);
  expect(ran.findings.map((f) => f.id)).toContain('idle-provisioned-cost');
  const without = io();
  expect(runReviewCli(['src/scenarios/provisioned-concurrency-cold-starts.json'], without.api)).toBe(0);
  const text = without.out.join('');
  expect(text).not.toContain('idle-provisioned-cost (');
  expect(text).toMatch(/2 more rules read a run's figures \(timeout-above-observed-p99, idle-provisioned-cost\): add --run/);
});
