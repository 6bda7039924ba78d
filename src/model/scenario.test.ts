import { describe, expect, it } from 'vitest';
import { ACCOUNT_NODE_ID } from '../engine/metricNames';
import { RESERVED_NODE_IDS } from './nodes';
import { parseScenario, type ParseResult } from './validate';

const fn = (id: string, config: Record<string, unknown> = {}) => ({ id, kind: 'function', config });

const twoReserved = (a: number, b: number) =>
  parseScenario({
    schemaVersion: 2,
    nodes: [fn('a', { reservedConcurrency: a }), fn('b', { reservedConcurrency: b })],
    edges: [],
  });

function issuesOf(result: ParseResult): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

/** A stream of `shards` shards with a poison record on `shard`. */
const stream = (kind: string, shards: number, shard: number) =>
  parseScenario({ schemaVersion: 2, nodes: [{ id: 's', kind, config: { shards, poisonRecords: [{ atSeconds: 5 }, { atSeconds: 10, shard }] } }], edges: [] });

describe('parseScenario', () => {
  it('fills in the documented defaults (lambda-model.md Part 1)', () => {
    const result = parseScenario({ schemaVersion: 2, nodes: [fn('f')], edges: [] });
    if (!result.ok) throw new Error(issuesOf(result).join('\n'));
    const { account, nodes } = result.scenario;
    expect(account.concurrencyLimit).toBe(1000);
    expect(account.idleKeepAliveSeconds).toBe(600);
    expect(account.maxEnvironmentLifetimeSeconds).toBe(7200);
    expect(account.scalingModel).toBe('current');
    const f = nodes[0];
    if (f.kind !== 'function') throw new Error('not a function');
    expect(f.config.memoryMB).toBe(128);
    expect(f.config.timeoutSeconds).toBe(3);
    expect(f.config.ephemeralStorageMB).toBe(512);
    expect(f.config.async).toEqual({ maximumRetryAttempts: 2, maximumEventAgeSeconds: 21_600 });
  });

  it('keeps 100 units unreserved (§1.2): 900 may be reserved of 1,000, 901 may not', () => {
    expect(twoReserved(450, 450).ok).toBe(true);
    const refused = issuesOf(twoReserved(450, 451));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^nodes\[0\] \(a\)\.config\.reservedConcurrency: .*totals 901.*at most 900/);
  });

  it('a small account limit (new accounts have 10) is valid when nothing is reserved: the 100 unreserved bound reservations, not the limit (§1.2)', () => {
    for (const concurrencyLimit of [10, 50, 100]) {
      const result = parseScenario({ schemaVersion: 2, account: { concurrencyLimit }, nodes: [fn('a'), fn('b')], edges: [] });
      expect(issuesOf(result)).toEqual([]);
    }
  });

  it('with an account limit of 100 or less nothing can be reserved, and the message says why (§1.2)', () => {
    const reserved = parseScenario({ schemaVersion: 2, account: { concurrencyLimit: 50 }, nodes: [fn('a', { reservedConcurrency: 1 })], edges: [] });
    expect(issuesOf(reserved)).toEqual([
      'nodes[0] (a).config.reservedConcurrency: nothing can be reserved in an account whose concurrency limit is 50: ' +
        'Lambda keeps 100 unreserved, so reserved concurrency (and provisioned concurrency of functions that reserve none) ' +
        'needs a limit above 100; this scenario sets aside 1',
    ]);
    const provisioned = parseScenario({ schemaVersion: 2, account: { concurrencyLimit: 100 }, nodes: [fn('a', { provisionedConcurrency: 2 })], edges: [] });
    expect(issuesOf(provisioned)[0]).toMatch(/^nodes\[0\] \(a\)\.config\.provisionedConcurrency: nothing can be reserved .* limit is 100.*sets aside 2$/);
    // One unit above 100 leaves one to set aside.
    const one = parseScenario({ schemaVersion: 2, account: { concurrencyLimit: 101 }, nodes: [fn('a', { reservedConcurrency: 1 })], edges: [] });
    expect(issuesOf(one)).toEqual([]);
  });

  it('counts provisioned concurrency of unreserved functions toward the same pool', () => {
    const result = parseScenario({
      schemaVersion: 2,
      nodes: [fn('a', { provisionedConcurrency: 800 }), fn('b', { provisionedConcurrency: 800 })],
      edges: [],
    });
    expect(issuesOf(result)[0]).toMatch(/provisionedConcurrency: .*totals 1600/);
  });

  it('refuses provisioned concurrency above the function reservation', () => {
    const result = parseScenario({ schemaVersion: 2, nodes: [fn('a', { reservedConcurrency: 5, provisionedConcurrency: 6 })], edges: [] });
    expect(issuesOf(result)).toEqual([
      'nodes[0] (a).config.provisionedConcurrency: provisioned concurrency (6) cannot exceed reserved concurrency (5)',
    ]);
  });

  it('names the field, the node and the reason for a value out of range', () => {
    const result = parseScenario({ schemaVersion: 2, nodes: [fn('api', { timeoutSeconds: 901 })], edges: [] });
    expect(issuesOf(result)).toHaveLength(1);
    expect(issuesOf(result)[0]).toMatch(/^nodes\[0\] \(api\)\.config\.timeoutSeconds: .*900/);
  });

  it('refuses a node id that every JavaScript object already has, or the account\'s own: results are listed by node id, and such an id would vanish from them', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const result = parseScenario({ schemaVersion: 2, nodes: [fn(id)], edges: [] });
      expect(issuesOf(result), id).toEqual([
        `nodes[0] (${id}).id: "${id}" cannot be a node id: every JavaScript object already has a property of that name, ` +
          'so results listed by node id would lose it; choose another id',
      ]);
    }
    expect(issuesOf(parseScenario({ schemaVersion: 2, nodes: [fn('account')], edges: [] }))).toEqual([
      'nodes[0] (account).id: "account" cannot be a node id: it names the account-wide metrics; choose another id',
    ]);
    // Names that merely contain them are fine.
    expect(parseScenario({ schemaVersion: 2, nodes: [fn('proto'), fn('__proto__x'), fn('Constructor'), fn('accounts')], edges: [] }).ok).toBe(true);
  });

  it('the account\'s reserved id is the one the engine files account metrics under', () => {
    expect(RESERVED_NODE_IDS.has(ACCOUNT_NODE_ID)).toBe(true);
  });

  it('refuses a poison record on a shard the stream does not have, naming the shard and the shard count (shards are numbered from 0)', () => {
    expect(issuesOf(stream('kinesis', 2, 2))).toEqual([
      'nodes[0] (s).config.poisonRecords[1].shard: shard 2 does not exist: this stream has 2 shards, numbered 0–1',
    ]);
    expect(issuesOf(stream('dynamodbStream', 1, 7))).toEqual([
      'nodes[0] (s).config.poisonRecords[1].shard: shard 7 does not exist: this stream has 1 shard, numbered 0',
    ]);
    expect(stream('kinesis', 2, 1).ok).toBe(true);
  });

  it('refuses a link AWS does not allow, with the reason', () => {
    const result = parseScenario({
      schemaVersion: 2,
      nodes: [
        { id: 'q1', kind: 'sqs', config: {} },
        { id: 'q2', kind: 'sqs', config: {} },
      ],
      edges: [{ id: 'e', source: 'q1', target: 'q2', kind: 'trigger' }],
    });
    expect(issuesOf(result)[0]).toMatch(/^edges\[0\] \(e\)\.kind: A queue cannot trigger a queue/);
  });

  it('refuses a newer schema version and a missing one', () => {
    expect(issuesOf(parseScenario({ schemaVersion: 3, nodes: [], edges: [] }))[0]).toMatch(/^schemaVersion: schemaVersion 3 is newer/);
    expect(issuesOf(parseScenario({ nodes: [], edges: [] }))[0]).toMatch(/^schemaVersion: schemaVersion is missing/);
  });

  it('refuses more nodes than the engine takes before validating any of them, with the limit and the count', () => {
    const nodes = Array.from({ length: 201 }, (_, i) => ({ id: `f${i}`, kind: 'function', config: { memoryMB: 'bad' } }));
    expect(issuesOf(parseScenario({ schemaVersion: 2, nodes, edges: [] }))).toEqual(['nodes: 201 nodes; a scenario may have at most 200']);
  });

  it('refuses a run beyond the engine limits, naming the source', () => {
    const result = parseScenario({
      schemaVersion: 2,
      durationSeconds: 86_400,
      nodes: [{ id: 'alb', kind: 'alb', config: { traffic: { ratePerSecond: 1_000_000 } } }, fn('f')],
      edges: [{ id: 'e', source: 'alb', target: 'f', kind: 'trigger' }],
    });
    expect(issuesOf(result)[0]).toMatch(/^nodes\[0\] \(alb\)\.config\.traffic\.ratePerSecond: .*86\.4 billion/);
  });
});
