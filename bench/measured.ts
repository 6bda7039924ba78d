/**
 * How close the engine comes to cold starts measured on AWS (SimFaaS data set):
 * prints both figures per experiment and the mean absolute percentage errors.
 * Run with `npm run bench`.
 */
import { compareWithMeasurements, meanAbsolutePercentageError } from '../src/engine/validation/compareWithMeasurements';
import { MEASURED_EXPERIMENTS } from '../src/engine/validation/measuredColdStarts';

const started = performance.now();
const rows = compareWithMeasurements(MEASURED_EXPERIMENTS, 100_000);
console.log('\nCold starts: engine against AWS measurements (SimFaaS data set, 10 min keep-alive)');
console.log('rate/s    cold start measured  simulated   instances measured  simulated   invocations');
for (const r of rows) {
  const e = r.experiment;
  console.log(
    `${e.arrivalRatePerSecond.toFixed(4).padStart(7)}   ${e.coldStartProbability.toFixed(4).padStart(18)}  ${r.simulatedColdStartProbability
      .toFixed(4)
      .padStart(9)}   ${e.averageInstanceCount.toFixed(2).padStart(18)}  ${r.simulatedAverageInstanceCount.toFixed(2).padStart(9)}   ${String(
      r.invocations,
    ).padStart(11)}`,
  );
}
const cold = meanAbsolutePercentageError(rows.map((r) => ({ measured: r.experiment.coldStartProbability, simulated: r.simulatedColdStartProbability })));
const instances = meanAbsolutePercentageError(
  rows.map((r) => ({ measured: r.experiment.averageInstanceCount, simulated: r.simulatedAverageInstanceCount })),
);
console.log(`MAPE cold-start probability ${cold.toFixed(1)} % (SimFaaS 12.23 %); instance count ${instances.toFixed(1)} % (SimFaaS 3.05 %)`);
console.log(`wall ${(performance.now() - started).toFixed(0)} ms`);
