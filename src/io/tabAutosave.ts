/**
 * Each browser tab also autosaves under a key of its own, remembered in
 * sessionStorage (which survives a reload of that tab only). Two tabs open on
 * the playground, as after "Duplicate in a new tab", then never overwrite each
 * other's work: a reload restores the tab's own diagram, and a new visit
 * opens whichever tab saved last (AUTOSAVE_KEY).
 */
import type { KeyValueStorage } from './autosave';

export const TAB_ID_SESSION_KEY = 'lambda-playground:tab';
export const TAB_INDEX_KEY = 'lambda-playground:autosave:tabs';
const TAB_KEY_PREFIX = 'lambda-playground:autosave:tab:';
/** Tabs remembered; the autosaves of older ones are removed so storage stays small. */
export const MAX_REMEMBERED_TABS = 8;

export const tabAutosaveKey = (tabId: string) => `${TAB_KEY_PREFIX}${tabId}`;

/** The id this tab had before a reload, if any. */
export function existingTabId(session: KeyValueStorage | null): string | null {
  try {
    return session?.getItem(TAB_ID_SESSION_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Gives the tab a new id (a new tab, or a tab that just opened a share link), and forgets the oldest tabs. */
export function startNewTab(session: KeyValueStorage | null, storage: KeyValueStorage | null, tabId: string): void {
  try {
    session?.setItem(TAB_ID_SESSION_KEY, tabId);
  } catch {
    // Without sessionStorage the tab simply shares the common autosave.
  }
  if (!storage) return;
  try {
    const known = JSON.parse(storage.getItem(TAB_INDEX_KEY) ?? '[]') as unknown;
    const ids = Array.isArray(known) ? known.filter((id): id is string => typeof id === 'string' && id !== tabId) : [];
    ids.push(tabId);
    for (const old of ids.splice(0, Math.max(0, ids.length - MAX_REMEMBERED_TABS))) storage.removeItem(tabAutosaveKey(old));
    storage.setItem(TAB_INDEX_KEY, JSON.stringify(ids));
  } catch {
    // A broken index only costs old tab autosaves being kept a little longer.
  }
}
