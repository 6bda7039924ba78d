/** React binding of the run store, wired to the worker client and the scenario store. */
import { useStore } from 'zustand';
import { createWorkerClient } from '../worker/client';
import { connectLivePatches } from './livePatches';
import { createRunStore, type RunState } from './runStore';
import { toScenario } from './scenarioStore';
import { scenarioStore } from './useScenarioStore';

export const runStore = createRunStore({
  currentScenario: () => toScenario(scenarioStore.getState()),
  connect: createWorkerClient,
});

connectLivePatches(scenarioStore, runStore);

export function useRunStore<T>(selector: (state: RunState) => T): T {
  return useStore(runStore, selector);
}
