/** React binding of the scenario store, created once with the startup scenario. */
import { useStore } from 'zustand';
import { initialScenario } from '../io/startup';
import { createScenarioStore, type ScenarioState } from './scenarioStore';

const startup = initialScenario();

export const scenarioStore = createScenarioStore(startup.scenario);
/** A message about how the app opened (a broken share link, a discarded autosave), or null. */
export const startupNotice = startup.notice;

function useScenarioSelector<T>(selector: (state: ScenarioState) => T): T {
  return useStore(scenarioStore, selector);
}

/** `useScenarioStore(selector)` in components; `useScenarioStore.getState().replaceScenario(...)` and `.subscribe` elsewhere. */
export const useScenarioStore = Object.assign(useScenarioSelector, {
  getState: scenarioStore.getState,
  setState: scenarioStore.setState,
  subscribe: scenarioStore.subscribe,
  temporal: scenarioStore.temporal,
});

export function useHistory() {
  const canUndo = useStore(scenarioStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(scenarioStore.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo, undo: () => scenarioStore.temporal.getState().undo(), redo: () => scenarioStore.temporal.getState().redo() };
}
