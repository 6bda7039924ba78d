import { useEffect } from 'react';
import { startAutosave } from '../../io/autosave';
import { autosaveKeys } from '../../io/startup';
import { toScenario, type ScenarioState } from '../../store/scenarioStore';
import { runStore } from '../../store/useRunStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { browserStorage } from './commands';

const diagramChanged = (state: ScenarioState, previous: ScenarioState) =>
  state.meta !== previous.meta || state.nodes !== previous.nodes || state.edges !== previous.edges;

/** Keeps the working diagram in localStorage while the app is open, and writes it before the page goes away. */
export function useAutosave(): void {
  useEffect(() => {
    const storage = browserStorage();
    if (!storage) return;
    const autosave = startAutosave(useScenarioStore, {
      storage,
      keys: autosaveKeys,
      toScenario,
      changed: diagramChanged,
      onWriteFailed: (message) => runStore.getState().setNotice(message),
    });
    const flush = () => autosave.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      autosave.stop();
    };
  }, []);
}
