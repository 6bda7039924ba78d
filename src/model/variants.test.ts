import { describe, expect, it } from 'vitest';
import { applyVariant, designLetter } from './variants';
import { parseScenario, type ParseResult } from './validate';

const base = (variants: unknown) => ({
  schemaVersion: 2,
  nodes: [
    { id: 'alb', kind: 'alb', config: { traffic: { pattern: 'poisson', ratePerSecond: 100 } } },
    { id: 'api', kind: 'function', config: { memoryMB: 512, reservedConcurrency: 20 } },
  ],
  edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
  variants,
});

const issuesOf = (r: ParseResult) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`));

describe('scenario variants', () => {
  it('are optional: a scenario without them parses without a variants key', () => {
    const r = parseScenario({ ...base(undefined), variants: undefined });
    expect(r.ok && 'variants' in r.scenario && r.scenario.variants !== undefined).toBe(false);
  });

  it('keep the change as written, and applying one changes only the named keys of the named node', () => {
    const r = parseScenario(base([{ name: 'Reserve 40', changes: [{ nodeId: 'api', config: { reservedConcurrency: 40 } }] }]));
    if (!r.ok) throw new Error(issuesOf(r).join('\n'));
    expect(r.scenario.variants).toEqual([{ name: 'Reserve 40', changes: [{ nodeId: 'api', config: { reservedConcurrency: 40 } }] }]);
    const b = applyVariant(r.scenario, r.scenario.variants![0]);
    const api = b.nodes.find((n) => n.id === 'api')!;
    if (api.kind !== 'function') throw new Error('not a function');
    expect(api.config.reservedConcurrency).toBe(40);
    expect(api.config.memoryMB).toBe(512);
    expect(b.seed).toBe(r.scenario.seed);
    expect('variants' in b).toBe(false);
    expect(b.nodes[0]).toBe(r.scenario.nodes[0]);
  });

  it('a memory change keeps the duration stated at the memory the function had (as a sweep does)', () => {
    const r = parseScenario(base([{ name: 'Bigger', changes: [{ nodeId: 'api', config: { memoryMB: 1024 } }] }]));
    if (!r.ok) throw new Error(issuesOf(r).join('\n'));
    const api = applyVariant(r.scenario, r.scenario.variants![0]).nodes[1];
    if (api.kind !== 'function') throw new Error('not a function');
    expect(api.config.memoryMB).toBe(1024);
    expect(api.config.referenceMemoryMB).toBe(512);
  });

  it('refuse a change of a node the scenario does not have, naming the ids it does', () => {
    const r = parseScenario(base([{ name: 'B', changes: [{ nodeId: 'apj', config: { memoryMB: 1024 } }] }]));
    expect(issuesOf(r)).toEqual(['variants[0] (B).changes[0] (apj).nodeId: no node has id "apj"; a variant changes nodes of this scenario (alb, api)']);
  });

  it('validate the changed config against the node kind, with the path into the variant', () => {
    expect(issuesOf(parseScenario(base([{ name: 'B', changes: [{ nodeId: 'api', config: { memoryMB: 64 } }] }])))).toEqual([
      'variants[0] (B).changes[0] (api).config.memoryMB: memoryMB 64 is below the 128 MB a Lambda function must have at least (Lambda quotas: 128–10,240 MB)',
    ]);
    const typo = issuesOf(parseScenario(base([{ name: 'B', changes: [{ nodeId: 'api', config: { memorySize: 1024 } }] }])));
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatch(/^variants\[0\] \(B\)\.changes\[0\] \(api\)\.config\.memorySize: unknown key "memorySize"; did you mean "memoryMB"\?/);
  });

  it('hold the account-wide rules for the design as a whole (at most limit − 100 reserved, §1.2)', () => {
    const issues = issuesOf(parseScenario(base([{ name: 'Greedy', changes: [{ nodeId: 'api', config: { reservedConcurrency: 950 } }] }])));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^variants\[0\] \(Greedy\): with this variant, nodes\[1\] \(api\)\.config\.reservedConcurrency: .*at most 900/);
  });

  it('refuse two variants of one name, one node changed twice, and more than three variants', () => {
    const twice = { name: 'B', changes: [{ nodeId: 'api', config: { memoryMB: 1024 } }, { nodeId: 'api', config: { errorRate: 0.1 } }] };
    expect(issuesOf(parseScenario(base([twice])))).toEqual(['variants[0] (B).changes[1] (api).nodeId: "api" is changed twice in this variant; put all its changes in one']);
    expect(issuesOf(parseScenario(base([{ name: 'B', changes: [] }, { name: 'B', changes: [] }])))).toEqual([
      'variants[1] (B).name: two variants are named "B"; give each its own name',
    ]);
    const four = ['B', 'C', 'D', 'E'].map((name) => ({ name, changes: [] }));
    expect(issuesOf(parseScenario(base(four)))[0]).toMatch(/^variants: at most 3 variants/);
    expect(issuesOf(parseScenario(base([{ name: '  ', changes: [] }])))).toEqual(['variants[0].name: a variant needs a name']);
  });

  it('go by letters from A (the scenario itself)', () => {
    expect([0, 1, 2, 3].map(designLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
