import { describe, expect, it } from 'vitest';
import { migrateScenario } from '../model';
import { DEFAULT_SCENARIO, PRESETS, loadPreset } from '../scenarios';
import fixtureV1 from './fixtures/scenario.v1.json';
import { fileNameFor, openScenarioText, scenarioToFileText } from './scenarioFile';

/** The scenario as plain JSON, loose enough to break on purpose. */
interface Mutable {
  schemaVersion?: unknown;
  nodes: { id: string; kind: string; config: { memoryMB?: unknown; traffic?: { ratePerSecond: unknown } } }[];
  edges: { id: string; source: string; target: string; kind: string }[];
}
function variant(change: (s: Mutable) => void): string {
  const s = structuredClone(DEFAULT_SCENARIO) as unknown as Mutable;
  change(s);
  return JSON.stringify(s);
}

function messageOf(text: string): string {
  const result = openScenarioText(text, 'broken.json');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('save then open', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('gives an equal scenario for preset %s', (_id, preset) => {
    const parsed = loadPreset(preset);
    if (!parsed.ok) throw new Error('preset does not parse');
    const text = scenarioToFileText(parsed.scenario);
    expect(openScenarioText(text, 'x.json')).toEqual({ ok: true, scenario: parsed.scenario });
  });

  it('opens a file that starts with a byte-order mark (U+FEFF) like one without', () => {
    const text = scenarioToFileText(DEFAULT_SCENARIO);
    expect(openScenarioText(`\uFEFF${text}`, 'bom.json')).toEqual({ ok: true, scenario: DEFAULT_SCENARIO });
  });

  it('writes pretty-printed JSON with the contract fields first', () => {
    const text = scenarioToFileText(DEFAULT_SCENARIO);
    expect(text.startsWith('{\n  "schemaVersion": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('names the file after the scenario', () => {
    expect(fileNameFor({ ...DEFAULT_SCENARIO, name: 'ALB spike: 5x traffic!' })).toBe('alb-spike-5x-traffic.json');
    expect(fileNameFor({ ...DEFAULT_SCENARIO, name: '***' })).toBe('scenario.json');
    // 61 characters as a slug: cut after "failure", the last whole word within 60.
    expect(fileNameFor({ ...DEFAULT_SCENARIO, name: 'Async retries: dead-letter queue versus on-failure destination' })).toBe(
      'async-retries-dead-letter-queue-versus-on-failure.json',
    );
  });
});

describe('frozen scenario file fixtures', () => {
  it('version 1 migrates to version 2, otherwise unchanged, and opens with defaults applied', () => {
    const migrated = migrateScenario(fixtureV1);
    expect(migrated).toEqual({ ok: true, value: { ...fixtureV1, schemaVersion: 2 } });
    const opened = openScenarioText(JSON.stringify(fixtureV1), 'v1.json');
    if (!opened.ok) throw new Error(opened.message);
    const fn = opened.scenario.nodes.find((n) => n.id === 'fn');
    expect(fn?.kind === 'function' && fn.config.memoryMB).toBe(256);
    // lambda-model.md Part 1: timeout 3 s, idle keep-alive 600 s, scaling model "current".
    expect(fn?.kind === 'function' && fn.config.timeoutSeconds).toBe(3);
    expect(opened.scenario.account.idleKeepAliveSeconds).toBe(600);
    expect(opened.scenario.account.scalingModel).toBe('current');
    expect(opened.scenario.account.concurrencyLimit).toBe(500);
    expect(opened.scenario.edges.map((e) => e.kind)).toEqual(['trigger', 'deadLetter']);
  });
});

describe('bad input is explained, with where the problem is', () => {
  it('a file that is not JSON', () => {
    expect(messageOf('{"schemaVersion": 1, "nodes": [')).toMatch(/broken\.json is not valid JSON/);
  });
  it('an empty file', () => {
    expect(messageOf('  \n')).toMatch(/broken\.json is empty/);
  });
  it('JSON that is not a scenario', () => {
    expect(messageOf('{"hello": "world"}')).toMatch(/JSON but not a Lambda Playground scenario/);
    expect(messageOf('[1, 2, 3]')).toMatch(/JSON but not a Lambda Playground scenario/);
  });
  it('a value of the wrong type', () => {
    expect(messageOf(variant((s) => (s.nodes[1].config.memoryMB = 'big')))).toMatch(
      /nodes\[1\] \(api\)\.config\.memoryMB: .*expected number, received string/,
    );
  });
  it('a value out of range (memory above 10,240 MB, lambda-model.md §3)', () => {
    expect(messageOf(variant((s) => (s.nodes[1].config.memoryMB = 20_000)))).toMatch(/nodes\[1\] \(api\)\.config\.memoryMB: memoryMB 20,000 is above the 10,240 MB \(10 GB\) limit of a Lambda function \(Lambda quotas/);
  });
  it('an unknown node kind', () => {
    expect(messageOf(variant((s) => (s.nodes[0].kind = 'lightsail')))).toMatch(/nodes\[0\] \(alb\)\.kind: unknown node kind "lightsail"/);
  });
  it('an edge to a missing node', () => {
    expect(messageOf(variant((s) => (s.edges[0].target = 'ghost')))).toMatch(/edges\[0\] \(e1\)\.target: no node has id "ghost"/);
  });
  it('a connection AWS refuses (a queue cannot trigger a queue)', () => {
    const text = variant((s) => {
      s.nodes.push({ id: 'q1', kind: 'sqs', config: {} }, { id: 'q2', kind: 'sqs', config: {} });
      s.edges.push({ id: 'e9', source: 'q1', target: 'q2', kind: 'trigger' });
    });
    expect(messageOf(text)).toMatch(/edges\[1\] \(e9\)\.kind: A queue cannot trigger a queue/);
  });
  it('a newer schema version', () => {
    expect(messageOf(variant((s) => (s.schemaVersion = 7)))).toMatch(/schemaVersion: schemaVersion 7 is newer than this playground/);
  });
  it('a missing schema version', () => {
    expect(messageOf(variant((s) => delete s.schemaVersion))).toMatch(/schemaVersion is missing/);
  });
  it('a scenario beyond the engine limits (10 million requests a second for 600 s is 6 billion)', () => {
    expect(messageOf(variant((s) => (s.nodes[0].config.traffic!.ratePerSecond = 10_000_000)))).toMatch(
      /nodes\[0\] \(alb\)\.config\.traffic\.ratePerSecond: .*6\.0 billion/,
    );
  });
  it('an unknown key (a typo) is named with the key it most likely meant, not dropped', () => {
    const text = variant((s) => Object.assign(s.nodes[1].config, { memorySize: 512 }));
    expect(messageOf(text)).toBe('broken.json cannot be opened: one problem.\nnodes[1] (api).config.memorySize: unknown key "memorySize"; did you mean "memoryMB"?');
  });
  it('a file over 5 MB is refused before it is parsed, with the limit and the size found (docs/scenario-format.md)', () => {
    // 6 MiB of padding ahead of text that is not even JSON: the size is the one thing said.
    const text = `${' '.repeat(6 * 1024 * 1024)}{"schemaVersion": 1, "nodes": [`;
    expect(messageOf(text)).toBe(
      'broken.json is 6.0 MB; the playground opens scenarios of at most 5.0 MB (5,242,880 bytes), so checking one never stalls the page.',
    );
    // Exactly at the limit is allowed through to the usual checks.
    const atLimit = `${' '.repeat(5 * 1024 * 1024 - 2)}{}`;
    expect(messageOf(atLimit)).toMatch(/JSON but not a Lambda Playground scenario/);
  });
  it('more than 10,000 traffic steps on one node are refused before the full validation, with the limit and the count', () => {
    const text = variant((s) => {
      const traffic = s.nodes[0].config.traffic as unknown as { steps: unknown[] };
      traffic.steps = Array.from({ length: 10_001 }, (_, i) => ({ atSeconds: i, ratePerSecond: 1 }));
      s.nodes[1].config.memoryMB = 'big'; // not reported: the limit is checked first
    });
    expect(messageOf(text)).toBe(
      'broken.json cannot be opened: one problem.\nnodes[0] (alb).config.traffic.steps: 10,001 traffic steps; a node may have at most 10,000',
    );
  });
  it('counts several problems', () => {
    const text = variant((s) => {
      s.nodes[1].config.memoryMB = 1;
      s.edges[0].target = 'ghost';
    });
    expect(messageOf(text)).toMatch(/2 problems/);
  });
});
