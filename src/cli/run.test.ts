import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from './run';

function run(files: Record<string, string>, args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, {
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path];
    },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    nowMs: () => 0,
  });
  return { code, out, err };
}

const valid = JSON.stringify({
  schemaVersion: 2,
  name: 'tiny',
  durationSeconds: 10,
  nodes: [
    { id: 'lb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 2 } } },
    { id: 'api', kind: 'function', config: { durationMs: { distribution: 'fixed', value: 100 } } },
  ],
  edges: [{ id: 'e', source: 'lb', target: 'api', kind: 'trigger' }],
});

describe('the command line', () => {
  it('prints the JSON summary of a valid file with the fields of design.md', () => {
    const { code, out } = run({ 'a.json': valid }, ['a.json', '--json']);
    expect(code).toBe(0);
    const s = JSON.parse(out);
    expect(s.simulatedSeconds).toBe(10);
    expect(typeof s.wallMs).toBe('number');
    expect(s.events).toBeGreaterThan(0);
    // 2 requests a second, evenly spaced from t = 0, for 10 s: 20 requests, each 100 ms.
    expect(s.functions.api.invocations).toBe(20);
    for (const k of ['coldStarts', 'throttles', 'errors', 'timeouts', 'maxConcurrency', 'meanConcurrency', 'meanEnvironments'])
      expect(typeof s.functions.api[k]).toBe('number');
    expect(Object.keys(s.functions.api.durationMs)).toEqual(['p50', 'p95', 'p99']);
    expect(Object.keys(s.functions.api.cost)).toEqual(expect.arrayContaining(['requestsUSD', 'computeUSD', 'provisionedUSD', 'totalUSD']));
    expect(s.resources.lb).toMatchObject({ arrived: 20, delivered: 20, rejected: 0, dropped: 0, deadLettered: 0, maxBacklog: 0 });
  });

  it('prints a human report without --json', () => {
    const { code, out } = run({ 'a.json': valid }, ['a.json']);
    expect(code).toBe(0);
    expect(out).toContain('function api');
    expect(out).toContain('invocations 20');
  });

  it('exits 2 naming the file when it cannot be read', () => {
    const { code, err } = run({}, ['missing.json']);
    expect(code).toBe(2);
    expect(err).toContain('missing.json');
    expect(err).toContain('cannot read');
  });

  it('exits 2 naming the file when it is not JSON', () => {
    const { code, err } = run({ 'b.json': '{ "schemaVersion": 1, ' }, ['b.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/^b\.json is not valid JSON \(/);
  });

  it('exits 2 naming the file, the field and the reason for a schema error', () => {
    const bad = JSON.parse(valid);
    bad.nodes[1].config.memoryMB = 64;
    const { code, err } = run({ 'c.json': JSON.stringify(bad) }, ['c.json']);
    expect(code).toBe(2);
    expect(err).toContain('c.json: nodes[1] (api).config.memoryMB');
    expect(err).toMatch(/128/);
  });

  it('exits 2 for a rule across fields (reserved concurrency above limit − 100)', () => {
    const bad = JSON.parse(valid);
    bad.nodes[1].config.reservedConcurrency = 950;
    const { code, err } = run({ 'd.json': JSON.stringify(bad) }, ['d.json']);
    expect(code).toBe(2);
    expect(err).toContain('d.json: nodes[1] (api).config.reservedConcurrency');
    expect(err).toContain('100');
  });

  it('exits 2 for a missing schemaVersion and for a bad usage', () => {
    expect(run({ 'e.json': '{"nodes":[],"edges":[]}' }, ['e.json']).err).toContain('e.json: schemaVersion');
    expect(run({}, []).code).toBe(2);
    expect(run({}, ['a.json', '--yaml']).code).toBe(2);
  });
});

const scheduled = (expression: string) =>
  JSON.stringify({
    schemaVersion: 2,
    durationSeconds: 600,
    nodes: [
      { id: 'tick', kind: 'eventbridgeSchedule', config: { expression } },
      { id: 'job', kind: 'function', config: {} },
    ],
    edges: [{ id: 'e', source: 'tick', target: 'job', kind: 'trigger' }],
  });

describe('the command line refuses what the app refuses, with the same words', () => {
  it('an unknown key exits 2 naming it and the key it most likely meant', () => {
    const bad = JSON.parse(valid);
    bad.nodes[1].config.memorySize = 512;
    const { code, err } = run({ 'k.json': JSON.stringify(bad) }, ['k.json']);
    expect(code).toBe(2);
    expect(err).toBe('k.json: nodes[1] (api).config.memorySize: unknown key "memorySize"; did you mean "memoryMB"?\n');
  });

  it('a node id such as __proto__ exits 2 with the reason instead of running and leaving the node out of the summary', () => {
    for (const id of ['__proto__', 'constructor', 'prototype']) {
      const bad = JSON.parse(valid);
      bad.nodes[1].id = id;
      bad.edges[0].target = id;
      const { code, err, out } = run({ 'p.json': JSON.stringify(bad) }, ['p.json', '--json']);
      expect(code, id).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(
        `p.json: nodes[1] (${id}).id: "${id}" cannot be a node id: every JavaScript object already has a property of that name, ` +
          'so results listed by node id would lose it; choose another id\n',
      );
    }
  });

  it('a file that starts with a byte-order mark (U+FEFF, as some Windows editors save UTF-8) runs as the app opens it', () => {
    const { code, out, err } = run({ 'bom.json': `\uFEFF${valid}` }, ['bom.json', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).functions.api.invocations).toBe(20);
  });

  it('a file over 5 MB, or with more than 10,000 traffic steps on a node, exits 2 with the limit and what was found', () => {
    const big = run({ 'big.json': `${valid}${' '.repeat(6 * 1024 * 1024)}` }, ['big.json']);
    expect(big.code).toBe(2);
    expect(big.err).toBe(
      'big.json: the file is 6.0 MB; the playground opens scenarios of at most 5.0 MB (5,242,880 bytes), so checking one never stalls the page.\n',
    );
    const steps = JSON.parse(valid);
    steps.nodes[0].config.traffic.steps = Array.from({ length: 20_000 }, (_, i) => ({ atSeconds: i / 1000, ratePerSecond: 2 }));
    const many = run({ 'steps.json': JSON.stringify(steps) }, ['steps.json']);
    expect(many.code).toBe(2);
    expect(many.err).toBe('steps.json: nodes[0] (lb).config.traffic.steps: 20,000 traffic steps; a node may have at most 10,000\n');
  });

  it('a schedule that cannot fire exits 2 naming the field and what is wrong (EventBridge cron and rate rules)', () => {
    const zero = run({ 's.json': scheduled('rate(0 minutes)') }, ['s.json']);
    expect(zero.code).toBe(2);
    expect(zero.err).toBe('s.json: nodes[0] (tick).config.expression: rate value "0" must be a whole number of at least 1\n');
    const minute = run({ 's.json': scheduled('cron(99 * * * ? *)') }, ['s.json']);
    expect(minute.code).toBe(2);
    expect(minute.err).toBe('s.json: nodes[0] (tick).config.expression: minutes field 99 is out of range 0–59\n');
    expect(run({ 's.json': scheduled('cron(a b c d e f)') }, ['s.json']).err).toContain('minutes field "a" is not a value');
    // A valid one runs: rate(5 minutes) over 600 s fires twice.
    const ok = run({ 's.json': scheduled('rate(5 minutes)') }, ['s.json', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).functions.job.invocations).toBe(2);
  });
});

describe('npm run simulate with a template', () => {
  it('imports a SAM template as the app does and runs it, notes on stderr', () => {
    const out: string[] = [];
    const err: string[] = [];
    const template = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Q: {Type: AWS::SQS::Queue}\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Events:\n        Poll: {Type: SQS, Properties: {Queue: !GetAtt Q.Arn}}\n';
    const status = runCli(['app.yaml', '--json'], { readFile: () => template, stdout: (t) => out.push(t), stderr: (t) => err.push(t), nowMs: () => 0 });
    expect(status).toBe(0);
    const summary = JSON.parse(out.join(''));
    // 1 message a second for the default 600 s reaches the function through the queue.
    expect(summary.functions.F.invocations).toBeGreaterThan(500);
    expect(err.join('')).toMatch(/app\.yaml: note: A template has no traffic/);
  });
  it('a template that cannot be used exits 2 with its message', () => {
    const err: string[] = [];
    const status = runCli(['x.yaml'], { readFile: () => 'Resources:\n  - Type: AWS::SQS::Queue\n', stdout: () => {}, stderr: (t) => err.push(t), nowMs: () => 0 });
    expect(status).toBe(2);
    expect(err.join('')).toMatch(/"Resources" is a list/);
  });
});

describe('a review report on the command line', () => {
  it('runs the scenario it carries', async () => {
    const { buildReviewReport } = await import('../review/report/html');
    const { runToEnd } = await import('../engine');
    const { parseScenario } = await import('../model');
    const parsed = parseScenario(JSON.parse(readFileSync('src/scenarios/recursive-loop.json', 'utf8')));
    if (!parsed.ok) throw new Error('preset');
    const html = buildReviewReport({ scenario: parsed.scenario, findings: [], summary: runToEnd(parsed.scenario) });
    const { code, out } = run({ 'r.html': html }, ['r.html', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).functions.relay.invocations).toBe(160);
  });
});
