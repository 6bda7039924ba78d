import { describe, expect, it } from 'vitest';
import { closestKey } from './unknownKeys';
import { parseScenario } from './validate';

const issuesOf = (r: ReturnType<typeof parseScenario>) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`));

const base = () => ({
  schemaVersion: 2,
  nodes: [
    { id: 'lb', kind: 'alb', config: { traffic: { ratePerSecond: 2 } } },
    { id: 'api', kind: 'function', config: { memoryMB: 256 } },
  ],
  edges: [{ id: 'e', source: 'lb', target: 'api', kind: 'trigger' }],
});

describe('an unknown key is an error, never silently dropped (a typo would otherwise run with the default)', () => {
  it('names a typo and the key it most likely meant: memorySize -> memoryMB', () => {
    const s = base();
    (s.nodes[1].config as Record<string, unknown>).memorySize = 512;
    expect(issuesOf(parseScenario(s))).toEqual(['nodes[1] (api).config.memorySize: unknown key "memorySize"; did you mean "memoryMB"?']);
  });

  it('at every level: the top, the account, a node, a traffic step, an edge and its mapping settings', () => {
    const s = {
      ...base(),
      duration: 60,
      account: { concurrencyLimt: 500 },
      nodes: [
        { id: 'lb', kind: 'alb', colour: 'red', config: { traffic: { rate: 2, steps: [{ atSeconds: 1, ratePerSec: 3 }] } } },
        { id: 'q', kind: 'sqs', config: {} },
        { id: 'api', kind: 'function', config: { durationMs: { distribution: 'fixed', value: 10, mean: 5 } } },
      ],
      edges: [
        { id: 'e', source: 'lb', target: 'api', kind: 'trigger', label: 'x' },
        { id: 'm', source: 'q', target: 'api', kind: 'trigger', config: { batchsize: 5 } },
      ],
    };
    expect(issuesOf(parseScenario(s)).sort()).toEqual(
      [
        'duration: unknown key "duration"; did you mean "durationSeconds"?',
        'account.concurrencyLimt: unknown key "concurrencyLimt"; did you mean "concurrencyLimit"?',
        'nodes[0] (lb).colour: unknown key "colour"; the keys here are id, kind, position, label, config',
        'nodes[0] (lb).config.traffic.rate: unknown key "rate"; did you mean "ratePerSecond"?',
        'nodes[0] (lb).config.traffic.steps[0].ratePerSec: unknown key "ratePerSec"; did you mean "ratePerSecond"?',
        'nodes[0] (lb).config.traffic.steps[0].ratePerSecond: Invalid input: expected number, received undefined',
        'nodes[2] (api).config.durationMs.mean: unknown key "mean"; the keys here are distribution, value',
        'edges[0] (e).label: unknown key "label"; the keys here are id, source, target, kind, config',
        'edges[1] (m).config.batchsize: unknown key "batchsize"; did you mean "batchSize"?',
      ].sort(),
    );
  });

  it('names every unknown key of one object', () => {
    const s = base();
    Object.assign(s.nodes[1].config, { memorySize: 512, timeout: 10 });
    expect(issuesOf(parseScenario(s))).toEqual([
      'nodes[1] (api).config: unknown keys "memorySize" (did you mean "memoryMB"?) and "timeout" (did you mean "timeoutSeconds"?)',
    ]);
  });

  it('a near key is suggested by edit distance, case and separators aside; a far one is not', () => {
    const known = ['memoryMB', 'timeoutSeconds', 'reservedConcurrency', 'provisionedConcurrency', 'runtime'];
    expect(closestKey('memorySize', known)).toBe('memoryMB');
    expect(closestKey('memory_mb', known)).toBe('memoryMB');
    expect(closestKey('reservedConcurency', known)).toBe('reservedConcurrency');
    expect(closestKey('provisioned', known)).toBe('provisionedConcurrency');
    expect(closestKey('runtim', known)).toBe('runtime');
    expect(closestKey('colour', known)).toBeNull();
    expect(closestKey('x', known)).toBeNull();
  });
});
