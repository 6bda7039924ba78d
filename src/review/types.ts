import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';

export type Severity = 'high' | 'medium' | 'low';

/** One thing wrong or risky in a diagram, with the change that fixes it. */
export interface Finding {
  /** The rule's id. */
  id: string;
  severity: Severity;
  /** The node ids the finding concerns, to highlight on the canvas. */
  nodes: string[];
  message: string;
  /** The fix, in words. */
  fix: string;
  /** The fix as a change to the scenario (returns a new scenario; the input is left as it is). */
  apply: (scenario: Scenario) => Scenario;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** The AWS rule in one sentence, as lambda-model.md states it. */
  awsRule: string;
  /** Where AWS documents it. */
  sourceUrl: string;
  /** The lambda-model.md section. */
  modelSection: string;
  /** The rule reads a finished run's figures: without `run` it finds nothing, and the panel says a run is needed. */
  usesRun?: boolean;
  check: (scenario: Scenario, run?: SimulationSummary) => Finding[];
}
