import { describe, expect, test } from 'vitest';
import { runToEnd, type SimulationSummary } from '../engine';
import { parseScenario, type Scenario } from '../model';
import { PRESETS, loadPreset } from '../scenarios';
import { RULES, reviewScenario } from '.';
import type { Rule } from './types';

type NodeIn = { id: string; kind: string; config?: Record<string, unknown> };
type EdgeIn = { id: string; source: string; target: string; kind: string; config?: Record<string, unknown> };

function build(nodes: NodeIn[], edges: EdgeIn[], account: Record<string, unknown> = {}): Scenario {
  const r = parseScenario({ schemaVersion: 2, account, nodes: nodes.map((n) => ({ config: {}, ...n })), edges: edges.map((e) => ({ config: {}, ...e })) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}
const rate = (ratePerSecond: number) => ({ traffic: { pattern: 'poisson', ratePerSecond } });
const trig = (source: string, target: string, config: Record<string, unknown> = {}): EdgeIn => ({ id: `${source}-${target}`, source, target, kind: 'trigger', config });

/** Each rule: a scenario built to break it, and the nodes the finding must name. */
const BROKEN: Record<string, { scenario: () => Scenario; nodes: string[] }> = {
  'sqs-visibility-timeout': {
    scenario: () => build([{ id: 'q', kind: 'sqs', config: { visibilityTimeoutSeconds: 30, maxReceiveCount: 5 } }, { id: 'f', kind: 'function', config: { timeoutSeconds: 10 } }], [trig('q', 'f')]),
    nodes: ['q', 'f'],
  },
  'sqs-no-redrive': { scenario: () => build([{ id: 'q', kind: 'sqs' }, { id: 'f', kind: 'function' }], [trig('q', 'f')]), nodes: ['q'] },
  'sqs-low-max-receive': { scenario: () => build([{ id: 'q', kind: 'sqs', config: { maxReceiveCount: 1 } }, { id: 'f', kind: 'function' }], [trig('q', 'f')]), nodes: ['q'] },
  'sqs-reserved-without-maximum-concurrency': {
    scenario: () => build([{ id: 'q', kind: 'sqs', config: { maxReceiveCount: 5 } }, { id: 'f', kind: 'function', config: { reservedConcurrency: 5 } }], [trig('q', 'f')]),
    nodes: ['q', 'f'],
  },
  'sqs-no-partial-batch-response': {
    scenario: () => build([{ id: 'q', kind: 'sqs', config: { maxReceiveCount: 5 } }, { id: 'f', kind: 'function', config: { errorRate: 0.05 } }], [trig('q', 'f')]),
    nodes: ['q', 'f'],
  },
  'fifo-one-group': {
    scenario: () => build([{ id: 'q.fifo', kind: 'sqs', config: { fifo: true, messageGroups: 1, maxReceiveCount: 5 } }, { id: 'f', kind: 'function' }], [trig('q.fifo', 'f')]),
    nodes: ['q.fifo'],
  },
  'async-no-failure-target': { scenario: () => build([{ id: 't', kind: 'sns', config: rate(1) }, { id: 'f', kind: 'function' }], [trig('t', 'f')]), nodes: ['f', 't'] },
  'fanout-small-reserved': {
    // 100 events/s × 0.5 s = 50 concurrent needed, 5 reserved.
    scenario: () =>
      build(
        [{ id: 'bus', kind: 'eventbridgeRule', config: rate(100) }, { id: 'f', kind: 'function', config: { reservedConcurrency: 5, durationMs: { distribution: 'fixed', value: 500 } } }, { id: 'dlq', kind: 'sqs' }],
        [trig('bus', 'f'), { id: 'fail', source: 'f', target: 'dlq', kind: 'onFailure' }],
      ),
    nodes: ['f', 'bus'],
  },
  'api-gateway-timeout': { scenario: () => build([{ id: 'api', kind: 'apiGateway' }, { id: 'f', kind: 'function', config: { timeoutSeconds: 60 } }], [trig('api', 'f')]), nodes: ['api', 'f'] },
  'client-read-timeout': { scenario: () => build([{ id: 'cli', kind: 'client' }, { id: 'f', kind: 'function', config: { timeoutSeconds: 120 } }], [trig('cli', 'f')]), nodes: ['cli', 'f'] },
  'stream-no-bisect': {
    scenario: () => build([{ id: 'k', kind: 'kinesis' }, { id: 'f', kind: 'function' }], [trig('k', 'f', { maximumRetryAttempts: 2 })]),
    nodes: ['k', 'f'],
  },
  'stream-retry-forever': {
    scenario: () => build([{ id: 'k', kind: 'kinesis' }, { id: 'f', kind: 'function' }], [trig('k', 'f', { bisectBatchOnFunctionError: true })]),
    nodes: ['k', 'f'],
  },
  'stream-parallelization-too-low': {
    // 1 shard, 2,000 records/s; batches of 100 take 1 s: 100 records/s per batch at a time.
    scenario: () =>
      build(
        [{ id: 'k', kind: 'kinesis', config: rate(2000) }, { id: 'f', kind: 'function', config: { durationMs: { distribution: 'fixed', value: 1000 } } }],
        [trig('k', 'f', { bisectBatchOnFunctionError: true, maximumRetryAttempts: 2 })],
      ),
    nodes: ['k', 'f'],
  },
  'batching-window-sync-caller': {
    scenario: () =>
      build(
        [{ id: 'api', kind: 'apiGateway' }, { id: 'front', kind: 'function' }, { id: 'q', kind: 'sqs', config: { maxReceiveCount: 5 } }, { id: 'back', kind: 'function' }],
        [trig('api', 'front'), { id: 'w', source: 'front', target: 'q', kind: 'writes' }, trig('q', 'back', { maximumBatchingWindowSeconds: 20 })],
      ),
    nodes: ['api', 'front', 'q', 'back'],
  },
  'recursive-loop': {
    scenario: () => build([{ id: 'q', kind: 'sqs', config: { ...rate(1), maxReceiveCount: 5 } }, { id: 'f', kind: 'function' }], [trig('q', 'f'), { id: 'w', source: 'f', target: 'q', kind: 'writes' }]),
    nodes: ['f', 'q'],
  },
  'reserved-starves-account': {
    // 1,000 − 850 = 150 left; the shared function needs 200 × 1 s = 200.
    scenario: () =>
      build(
        [{ id: 'big', kind: 'function', config: { reservedConcurrency: 850 } }, { id: 'alb', kind: 'alb', config: rate(200) }, { id: 'shared', kind: 'function', config: { durationMs: { distribution: 'fixed', value: 1000 } } }],
        [trig('alb', 'shared')],
      ),
    nodes: ['big', 'shared'],
  },
  'reserved-zero': { scenario: () => build([{ id: 'alb', kind: 'alb' }, { id: 'f', kind: 'function', config: { reservedConcurrency: 0 } }], [trig('alb', 'f')]), nodes: ['f'] },
  'provisioned-above-traffic': {
    // 1 request/s × 100 ms mean = 0.1 concurrent against 50 provisioned.
    scenario: () => build([{ id: 'alb', kind: 'alb', config: rate(1) }, { id: 'f', kind: 'function', config: { provisionedConcurrency: 50 } }], [trig('alb', 'f')]),
    nodes: ['f'],
  },
  'provisioned-below-traffic': {
    // 500 requests/s × 100 ms = 50 concurrent against 5 provisioned.
    scenario: () => build([{ id: 'alb', kind: 'alb', config: rate(500) }, { id: 'f', kind: 'function', config: { provisionedConcurrency: 5 } }], [trig('alb', 'f')]),
    nodes: ['f'],
  },
  'memory-above-cpu-need': { scenario: () => build([{ id: 'f', kind: 'function', config: { memoryMB: 4096, cpuBoundFraction: 0 } }], []), nodes: ['f'] },
  'timeout-above-duration': {
    scenario: () => build([{ id: 'f', kind: 'function', config: { timeoutSeconds: 300, durationMs: { distribution: 'fixed', value: 200 } } }], []),
    nodes: ['f'],
  },
  'timeout-above-observed-p99': {
    // Configured at 128 MB: p99 1.5 s, so 15 s is within 10 ×. At 1,769 MB (one vCPU) a CPU-bound handler runs
    // 128/1,769 as long (§3): the run sees a p99 near 110 ms, and 15 s is far above it.
    scenario: () =>
      build(
        [
          { id: 'alb', kind: 'alb', config: rate(20) },
          {
            id: 'f',
            kind: 'function',
            config: { memoryMB: 1769, referenceMemoryMB: 128, cpuBoundFraction: 1, timeoutSeconds: 15, durationMs: { distribution: 'lognormal', p50: 500, p99: 1500 } },
          },
        ],
        [trig('alb', 'f')],
      ),
    nodes: ['f'],
  },
  'idle-provisioned-cost': {
    // 40 provisioned environments for 2 requests a second of 100 ms (0.2 busy on average).
    scenario: () =>
      build(
        [{ id: 'alb', kind: 'alb', config: rate(2) }, { id: 'f', kind: 'function', config: { provisionedConcurrency: 40, durationMs: { distribution: 'fixed', value: 100 } } }],
        [trig('alb', 'f')],
      ),
    nodes: ['f'],
  },
};

/** A run of the scenario, for the rules that read a run's figures; none for the others. */
const runFor = (rule: Rule, scenario: Scenario): SimulationSummary | undefined => (rule.usesRun ? runToEnd({ ...scenario, durationSeconds: 600 }) : undefined);

/** The presets where a rule fires on purpose (each is a teaching pitfall, or a real gap in that preset). */
const FIRES_ON_PRESET: Record<string, string[]> = {
  'api-gateway-29s-timeout': ['api-gateway-timeout', 'memory-above-cpu-need'],
  'sqs-standard-scaling': ['sqs-no-redrive'],
  'reserved-concurrency-sqs-pitfall': ['sqs-reserved-without-maximum-concurrency', 'sqs-low-max-receive'],
  'sqs-fifo-message-groups': ['sqs-no-redrive'],
  'kinesis-poison-record': ['stream-retry-forever', 'stream-no-bisect', 'timeout-above-duration'],
  'provisioned-concurrency-cold-starts': ['provisioned-above-traffic', 'idle-provisioned-cost'],
  'eventbridge-cron-job': ['async-no-failure-target'],
  'recursive-loop': ['recursive-loop', 'sqs-low-max-receive'],
};

test('there are at least 20 rules, with distinct ids and an AWS documentation source each', () => {
  expect(RULES.length).toBeGreaterThanOrEqual(20);
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  for (const r of RULES) expect(r.sourceUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  expect(Object.keys(BROKEN).sort()).toEqual(RULES.map((r) => r.id).sort());
});

describe.each(RULES.map((r) => [r.id, r] as [string, Rule]))('%s', (id, rule) => {
  test('fires on a scenario built to break it, naming its nodes', () => {
    const { scenario, nodes } = BROKEN[id];
    const broken = scenario();
    const findings = rule.check(broken, runFor(rule, broken));
    expect(findings).toHaveLength(1);
    expect(findings[0].id).toBe(id);
    expect([...findings[0].nodes].sort()).toEqual([...nodes].sort());
    expect(findings[0].message.length).toBeGreaterThan(20);
  });

  test('its fix gives a valid scenario on which it is quiet, and leaves the original as it was', () => {
    const original = BROKEN[id].scenario();
    const before = JSON.stringify(original);
    const fixed = rule.check(original, runFor(rule, original))[0].apply(original);
    expect(JSON.stringify(original)).toBe(before);
    const reparsed = parseScenario(fixed);
    expect(reparsed.ok ? [] : reparsed.issues).toEqual([]);
    // A rule that reads a run is checked against a run of the fixed scenario.
    expect(rule.check(fixed, runFor(rule, fixed))).toEqual([]);
  });

  if (rule.usesRun)
    test('finds nothing without a run, and says it reads one', () => {
      expect(rule.check(BROKEN[id].scenario())).toEqual([]);
    });

  test('is quiet on the presets that do not show this pitfall', () => {
    for (const preset of PRESETS) {
      const loaded = loadPreset(preset);
      if (!loaded.ok) throw new Error(preset.id);
      const run = rule.usesRun ? presetRun(preset.id, loaded.scenario) : undefined;
      const fires = rule.check(loaded.scenario, run).length > 0;
      expect({ preset: preset.id, fires }).toEqual({ preset: preset.id, fires: (FIRES_ON_PRESET[preset.id] ?? []).includes(id) });
    }
  });
});

const presetRuns = new Map<string, SimulationSummary>();
function presetRun(id: string, scenario: Scenario): SimulationSummary {
  let run = presetRuns.get(id);
  if (!run) presetRuns.set(id, (run = runToEnd(scenario)));
  return run;
}

test('reviewScenario lists the most severe findings first', () => {
  const loaded = loadPreset(PRESETS.find((p) => p.id === 'kinesis-poison-record')!);
  if (!loaded.ok) throw new Error('preset');
  const severities = reviewScenario(loaded.scenario).map((f) => f.severity);
  expect(severities).toEqual([...severities].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
  expect(severities[0]).toBe('high');
});
