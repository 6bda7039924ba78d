import type { Scenario } from '../model';
import { DEFAULT_SCENARIO } from '../scenarios';
import { backupAutosave, readAutosave, writeAutosave, type KeyValueStorage } from './autosave';
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

  const saved = env.storage ? readAutosave(env.storage) : ({ kind: 'none' } as const);
  if (saved.kind === 'ok') return { scenario: saved.scenario, notice: notices.join('\n\n') || null, source: 'autosave' };
  if (saved.kind === 'error') {
    if (env.storage) backupAutosave(env.storage);
    notices.push(`${saved.message}\nThe default scenario was opened; the unreadable autosave is kept aside and not overwritten.`);
  }
  return { scenario: DEFAULT_SCENARIO, notice: notices.join('\n\n') || null, source: 'default' };
}

/** In the browser: reads location.hash and localStorage, then drops the hash so a reload opens the autosave (with any edits). */
export function initialScenario(): StartupScenario {
  if (typeof window === 'undefined') return { scenario: DEFAULT_SCENARIO, notice: null, source: 'default' };
  let storage: KeyValueStorage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const result = chooseInitialScenario({ hash: window.location.hash, storage, now: new Date() });
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return result;
}
