import { runToEnd } from '..';
import { experimentScenario, type MeasuredExperiment } from './measuredColdStarts';

export interface Comparison {
  experiment: MeasuredExperiment;
  simulatedColdStartProbability: number;
  simulatedAverageInstanceCount: number;
  invocations: number;
}

/** Runs each measured experiment through the engine and pairs the two sets of figures. */
export function compareWithMeasurements(
  experiments: readonly MeasuredExperiment[],
  expectedRequests: number,
  seed = 1,
): Comparison[] {
  return experiments.map((experiment) => {
    const fn = runToEnd(experimentScenario(experiment, expectedRequests, seed)).functions.fn;
    return {
      experiment,
      simulatedColdStartProbability: fn.coldStarts / fn.invocations,
      simulatedAverageInstanceCount: fn.meanEnvironments,
      invocations: fn.invocations,
    };
  });
}

/** Mean absolute percentage error, in percent. */
export function meanAbsolutePercentageError(pairs: ReadonlyArray<{ measured: number; simulated: number }>): number {
  const total = pairs.reduce((sum, p) => sum + Math.abs(p.simulated - p.measured) / p.measured, 0);
  return (100 * total) / pairs.length;
}
