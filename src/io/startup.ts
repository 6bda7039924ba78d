import type { Scenario } from '../model';
import { DEFAULT_SCENARIO } from '../scenarios';
import { AUTOSAVE_KEY, backupAutosave, readAutosave, writeAutosave, type KeyValueStorage } from './autosave';
import { existingTabId, startNewTab, tabAutosaveKey } from './tabAutosave';
import { decodeShareHash } from './shareLink';

/** What the app opens with, and any message to show about it (a broken link, a discarded autosave). */
export interface StartupScenario {
  scenario: Scenario;
  notice: string | null;
  /** Where the scenario came from, for tests and the status line. */
  source: 'shareLink' | 'autosave' | 'default';
}

export interface StartupEnvironment {
  hash: string;
  storage: KeyValueStorage | null;
  now: Date;
  /** This tab's own autosave key, when the tab is being reloaded (see tabAutosave.ts). */
  tabKey?: string | null;
}

/**
 * The scenario of a share link in the URL hash, else the autosaved one, else
 * the default. A link that cannot be used never costs the autosaved work: the
 * autosave opens and the notice says what was wrong with the link.
 */
export function chooseInitialScenario(env: StartupEnvironment): StartupScenario {
  const notices: string[] = [];
  const link = decodeShareHash(env.hash);
  if (link.kind === 'ok') {
    if (env.storage) {
      // The shared diagram becomes the working one; the earlier work stays restorable from the menu.
      backupAutosave(env.storage);
      writeAutosave(env.storage, link.scenario, env.now);
    }
    return { scenario: link.scenario, notice: null, source: 'shareLink' };
  }
  if (link.kind === 'error') notices.push(`${link.message}\nYour previous diagram was opened instead.`);

  const own = env.storage && env.tabKey ? readAutosave(env.storage, env.tabKey) : ({ kind: 'none' } as const);
  if (own.kind === 'ok') return { scenario: own.scenario, notice: notices.join('\n\n') || null, source: 'autosave' };
  const saved = env.storage ? readAutosave(env.storage) : ({ kind: 'none' } as const);
  if (saved.kind === 'ok') return { scenario: saved.scenario, notice: notices.join('\n\n') || null, source: 'autosave' };
  if (saved.kind === 'error') {
    if (env.storage) backupAutosave(env.storage);
    notices.push(`${saved.message}\nThe default scenario was opened; the unreadable autosave is kept aside and not overwritten.`);
  }
  return { scenario: DEFAULT_SCENARIO, notice: notices.join('\n\n') || null, source: 'default' };
}

let workingKeys: string[] = [AUTOSAVE_KEY];

/** Where the working diagram is autosaved: the common key, and this tab's own once startup has run. */
export function autosaveKeys(): readonly string[] {
  return workingKeys;
}

/** In the browser: reads location.hash and localStorage, then drops the hash so a reload opens the autosave (with any edits). */
export function initialScenario(): StartupScenario {
  if (typeof window === 'undefined') return { scenario: DEFAULT_SCENARIO, notice: null, source: 'default' };
  const storage = browserStore('localStorage');
  const session = browserStore('sessionStorage');
  const previousTab = existingTabId(session);
  const result = chooseInitialScenario({
    hash: window.location.hash,
    storage,
    now: new Date(),
    tabKey: previousTab ? tabAutosaveKey(previousTab) : null,
  });
  // A tab opened from a share link is a new line of work, even if the browser copied sessionStorage into it.
  const tabId = previousTab && result.source !== 'shareLink' ? previousTab : newTabId();
  if (tabId !== previousTab) startNewTab(session, storage, tabId);
  workingKeys = [AUTOSAVE_KEY, tabAutosaveKey(tabId)];
  if (storage) for (const key of workingKeys) writeAutosave(storage, result.scenario, new Date(), key);
  // A lesson link (#lesson=...) is the lesson panel's to read; any other hash is dropped.
  if (window.location.hash && !window.location.hash.startsWith('#lesson=')) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return result;
}

function browserStore(name: 'localStorage' | 'sessionStorage'): KeyValueStorage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}
