import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import { restoreEnvelope } from '../io/autosave';
import { openScenarioText } from '../io/scenarioFile';
import { decodeShareHash } from '../io/shareLink';
import pinned from '../scenarios/__pinned__/summaries.json';
import fixtureV1 from './__fixtures__/scenario-v1.json';
import { migrateScenario } from './migrations';
import { CURRENT_SCHEMA_VERSION } from './scenario';
import { parseScenario } from './validate';

/**
 * src/model/__fixtures__/scenario-v1.json is the preset alb-reserved-concurrency as it
 * was written under schema version 1, frozen: it must keep opening, and keep running to
 * the summary pinned for that preset before version 2 existed.
 */
describe('schema version 1 → 2', () => {
  it('the playground writes version 2', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it('the frozen version-1 file migrates to version 2 and otherwise unchanged (it has no ALB request size to rename)', () => {
    expect(fixtureV1.schemaVersion).toBe(1);
    expect(migrateScenario(fixtureV1)).toEqual({ ok: true, value: { ...fixtureV1, schemaVersion: 2 } });
  });

  it('the frozen version-1 file runs to the summary pinned for its preset (alb-reserved-concurrency)', () => {
    const parsed = parseScenario(fixtureV1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const summary = runToEnd(parsed.scenario);
    expect(summary).toEqual((pinned as Record<string, unknown>)['alb-reserved-concurrency']);
    expect(summary.functions.api.invocations).toBe(50_371);
    expect(summary.functions.api.throttles).toBe(9_415);
  });

  it("version 1's ALB requestSizeKB becomes payloadKB, its value kept", () => {
    const v1 = {
      schemaVersion: 1,
      nodes: [
        { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { requestSizeKB: 300, responseSizeKB: 20 } },
        { id: 'fn', kind: 'function', position: { x: 0, y: 0 }, config: {} },
      ],
      edges: [{ id: 'e', source: 'alb', target: 'fn', kind: 'trigger' }],
    };
    const migrated = migrateScenario(v1);
    expect(migrated.ok && (migrated.value as typeof v1).nodes[0].config).toEqual({ responseSizeKB: 20, payloadKB: 300 });
    const parsed = parseScenario(v1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const alb = parsed.scenario.nodes[0];
    expect(alb.kind === 'alb' && alb.config.payloadKB).toBe(300);
    // In version 2 the old name is a typo like any other.
    const v2 = parseScenario({ ...v1, schemaVersion: 2 });
    expect(v2.ok === false && v2.issues[0]).toMatchObject({ path: 'nodes[0] (alb).config.requestSizeKB' });
  });

  it('refuses a version newer than 2, naming the version it understands', () => {
    const r = migrateScenario({ ...fixtureV1, schemaVersion: 3 });
    expect(r).toEqual({ ok: false, message: 'schemaVersion 3 is newer than this playground understands (2); open it in a newer version' });
  });

  it('a version-1 file, share link and autosave all still open, migrated', () => {
    const file = openScenarioText(JSON.stringify(fixtureV1), 'old.json');
    expect(file.ok && file.scenario.schemaVersion).toBe(2);
    const link = decodeShareHash(`#s=${LZString.compressToEncodedURIComponent(JSON.stringify(fixtureV1))}`);
    expect(link.kind === 'ok' && link.scenario.schemaVersion).toBe(2);
    const saved = restoreEnvelope(JSON.stringify({ format: 'lambda-playground/autosave', version: 1, savedAt: '2026-11-01T09:30:00.000Z', scenario: fixtureV1 }));
    expect(saved.kind === 'ok' && saved.scenario.schemaVersion).toBe(2);
    expect(saved.kind === 'ok' && saved.scenario.name).toBe('ALB spike against reserved concurrency');
  });
});
