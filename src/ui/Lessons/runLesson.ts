/** Runs a lesson step in the app: the diagram becomes the step's scenario and plays to the end through the run store's worker. */
import type { SimulationSummary } from '../../engine/api';
import type { Scenario } from '../../model';
import { runStore } from '../../store/useRunStore';
import type { SeriesTable } from '../../store/seriesTable';
import { createWorkerClient } from '../../worker/client';
import { replaceWorkingScenario } from '../ScenarioMenu/commands';

export interface StepRun {
  summary: SimulationSummary;
  table: SeriesTable;
}

/** Opens the scenario on the canvas (the previous diagram stays restorable) and runs it to the end. */
export function showScenario(scenario: Scenario): void {
  replaceWorkingScenario(scenario);
  runStore.getState().reset();
}

export function runOnCanvas(scenario: Scenario): Promise<StepRun> {
  showScenario(scenario);
  return new Promise((resolve, reject) => {
    const unsubscribe = runStore.subscribe((state) => {
      if (state.failure) {
        unsubscribe();
        reject(new Error(state.failure));
      } else if (state.status === 'done' && state.summary) {
        unsubscribe();
        resolve({ summary: state.summary, table: state.table });
      } else if (state.notice && !state.loaded) {
        unsubscribe();
        reject(new Error(state.notice));
      }
    });
    runStore.getState().runToEnd();
  });
}

/** Runs a scenario in a worker of its own, off screen (the options of an exam-style question). */
export function runOffscreen(scenario: Scenario): Promise<SimulationSummary> {
  return new Promise((resolve, reject) => {
    const client = createWorkerClient({
      onMessage: (message) => {
        if (message.type === 'summary') {
          client.terminate();
          resolve(message.summary);
        } else if (message.type === 'error') {
          client.terminate();
          reject(new Error(message.message));
        }
      },
      onFailure: (message) => {
        client.terminate();
        reject(new Error(message));
      },
    });
    client.send({ type: 'load', scenario });
    client.send({ type: 'play', speed: 'max' });
  });
}
