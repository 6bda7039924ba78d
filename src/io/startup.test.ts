import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PRESETS, loadPreset } from '../scenarios';
import { memoryStorage } from './memoryStorage';
import { AUTOSAVE_BACKUP_KEY, AUTOSAVE_KEY, readAutosave, writeAutosave } from './autosave';
import { encodeShareHash } from './shareLink';
import { chooseInitialScenario } from './startup';

const now = new Date('2026-11-22T07:00:00Z');
function preset(id: string) {
  const p = PRESETS.find((x) => x.id === id);
  const r = p && loadPreset(p);
  if (!r?.ok) throw new Error(`preset ${id}`);
  return r.scenario;
}
const shared = preset('recursive-loop');
const autosaved = preset('sqs-fifo-message-groups');

describe('initialScenario precedence: share link > autosave > default', () => {
  it('opens the default on a first visit, without a notice', () => {
    expect(chooseInitialScenario({ hash: '', storage: memoryStorage(), now })).toEqual({
      scenario: DEFAULT_SCENARIO,
      notice: null,
      source: 'default',
    });
  });

  it('opens the autosave when there is no link', () => {
    const storage = memoryStorage();
    writeAutosave(storage, autosaved, now);
    const result = chooseInitialScenario({ hash: '', storage, now });
    expect(result).toEqual({ scenario: autosaved, notice: null, source: 'autosave' });
  });

  it('opens a share link over the autosave, and keeps the autosave as the previous diagram', () => {
    const storage = memoryStorage();
    writeAutosave(storage, autosaved, now);
    const before = storage.data.get(AUTOSAVE_KEY);
    const result = chooseInitialScenario({ hash: encodeShareHash(shared), storage, now });
    expect(result).toEqual({ scenario: shared, notice: null, source: 'shareLink' });
    expect(storage.data.get(AUTOSAVE_BACKUP_KEY)).toBe(before);
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.scenario).toEqual(shared);
  });

  it('keeps the autosaved work when the link is truncated, and says why', () => {
    const storage = memoryStorage();
    writeAutosave(storage, autosaved, now);
    const before = storage.data.get(AUTOSAVE_KEY);
    const hash = encodeShareHash(shared);
    const result = chooseInitialScenario({ hash: hash.slice(0, hash.length - 30), storage, now });
    expect(result.scenario).toEqual(autosaved);
    expect(result.source).toBe('autosave');
    expect(result.notice).toMatch(/share link is damaged/);
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(before);
  });

  it('opens the default when the autosave is unreadable, keeps the broken data aside and says so', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{"format":"lambda-playground/autosave","version":1,"scen' });
    const result = chooseInitialScenario({ hash: '', storage, now });
    expect(result.scenario).toEqual(DEFAULT_SCENARIO);
    expect(result.notice).toMatch(/autosaved diagram is not readable/);
    expect(storage.data.get(AUTOSAVE_BACKUP_KEY)).toBe('{"format":"lambda-playground/autosave","version":1,"scen');
  });

  it('works without storage (private mode)', () => {
    expect(chooseInitialScenario({ hash: encodeShareHash(shared), storage: null, now }).scenario).toEqual(shared);
  });
});

describe('per-tab autosave', () => {
  it('a reloaded tab opens its own autosave, not the one another tab wrote last', () => {
    const storage = memoryStorage();
    writeAutosave(storage, shared, now, 'lambda-playground:autosave:tab:A');
    writeAutosave(storage, autosaved, now);
    const result = chooseInitialScenario({ hash: '', storage, now, tabKey: 'lambda-playground:autosave:tab:A' });
    expect(result).toEqual({ scenario: shared, notice: null, source: 'autosave' });
  });

  it('a tab whose own autosave is gone falls back to the common one', () => {
    const storage = memoryStorage();
    writeAutosave(storage, autosaved, now);
    expect(chooseInitialScenario({ hash: '', storage, now, tabKey: 'lambda-playground:autosave:tab:gone' }).scenario).toEqual(autosaved);
  });
});
