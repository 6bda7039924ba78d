import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage';
import { MAX_REMEMBERED_TABS, TAB_ID_SESSION_KEY, TAB_INDEX_KEY, existingTabId, startNewTab, tabAutosaveKey } from './tabAutosave';

describe('tab autosave keys', () => {
  it('remembers the tab id in the session, so a reload finds it', () => {
    const session = memoryStorage();
    expect(existingTabId(session)).toBeNull();
    startNewTab(session, memoryStorage(), 't1');
    expect(session.data.get(TAB_ID_SESSION_KEY)).toBe('t1');
    expect(existingTabId(session)).toBe('t1');
  });

  it(`keeps the autosaves of the last ${MAX_REMEMBERED_TABS} tabs and removes older ones`, () => {
    const storage = memoryStorage();
    for (let i = 1; i <= MAX_REMEMBERED_TABS + 2; i++) {
      storage.setItem(tabAutosaveKey(`t${i}`), `saved ${i}`);
      startNewTab(memoryStorage(), storage, `t${i}`);
    }
    expect(storage.data.has(tabAutosaveKey('t1'))).toBe(false);
    expect(storage.data.has(tabAutosaveKey('t2'))).toBe(false);
    expect(storage.data.has(tabAutosaveKey('t3'))).toBe(true);
    expect(JSON.parse(storage.data.get(TAB_INDEX_KEY)!)).toHaveLength(MAX_REMEMBERED_TABS);
  });

  it('survives a corrupted index', () => {
    const storage = memoryStorage({ [TAB_INDEX_KEY]: '{not json' });
    expect(() => startNewTab(memoryStorage(), storage, 't1')).not.toThrow();
  });
});
