import type { Scenario } from '../model';
import { DEFAULT_SCENARIO } from '../scenarios';

/** What the app opens with, and any message to show about it (a broken link, a discarded autosave). */
export interface StartupScenario {
  scenario: Scenario;
  notice: string | null;
}

/** The scenario of a share link in the URL hash, else the autosaved one, else the default. */
export function initialScenario(): StartupScenario {
  return { scenario: DEFAULT_SCENARIO, notice: null };
}
