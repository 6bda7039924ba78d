/**
 * Cold-start probability and instance counts measured on AWS Lambda (about
 * 2020; Poisson arrivals from 0.0019 to 1 request per second, a function of
 * about 2 s, idle environments kept 10 minutes). Published with SimFaaS
 * (pacslab/simfaas, examples/exp.csv, MIT licence; Mahmoudi and Khazaei,
 * "SimFaaS: A Performance Simulator for Serverless Computing Platforms",
 * CLOSER 2021), which reproduces the cold-start probability with a mean
 * absolute percentage error of 12.23 % and the instance count with 3.05 %.
 */
import { CURRENT_SCHEMA_VERSION, parseScenario, type Scenario } from '../../model';
import { MEASURED_CSV } from './measuredColdStarts.data';

export interface MeasuredExperiment {
  name: string;
  arrivalRatePerSecond: number;
  warmServiceMs: number;
  coldServiceMs: number;
  idleMinutesBeforeKill: number;
  averageInstanceCount: number;
  coldStartProbability: number;
  coldStartProbabilitySE: number;
}

export function parseMeasuredExperiments(csv: string): MeasuredExperiment[] {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  const columns = header.split(',');
  const at = (cells: string[], name: string) => Number(cells[columns.indexOf(name)]);
  return rows.map((row) => {
    const cells = row.split(',');
    return {
      name: cells[0],
      arrivalRatePerSecond: at(cells, 'ArrivalRate'),
      warmServiceMs: at(cells, 'ServiceTimeWarm'),
      coldServiceMs: at(cells, 'ServiceTimeCold'),
      idleMinutesBeforeKill: at(cells, 'IdleMinutesBeforeKill'),
      averageInstanceCount: at(cells, 'AverageInstanceCount'),
      coldStartProbability: at(cells, 'ColdStartProbability'),
      coldStartProbabilitySE: at(cells, 'ColdStartProbabilitySE'),
    };
  });
}

export const MEASURED_EXPERIMENTS: readonly MeasuredExperiment[] = parseMeasuredExperiments(MEASURED_CSV);

/**
 * The experiment as a scenario: Poisson requests through a Function URL to one
 * function whose warm run takes the measured warm time and whose cold start
 * adds the measured difference as INIT. Long enough for about
 * `expectedRequests` requests (at most 30 days).
 */
export function experimentScenario(e: MeasuredExperiment, expectedRequests: number, seed = 1): Scenario {
  const durationSeconds = Math.min(30 * 86_400, Math.ceil(expectedRequests / e.arrivalRatePerSecond));
  const result = parseScenario({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: `AWS measurement ${e.name}`,
    seed,
    durationSeconds,
    account: {
      idleKeepAliveSeconds: e.idleMinutesBeforeKill * 60,
      routing: 'newest',
      maxEnvironmentLifetimeSeconds: null,
    },
    nodes: [
      { id: 'url', kind: 'functionUrl', config: { traffic: { pattern: 'poisson', ratePerSecond: e.arrivalRatePerSecond } } },
      {
        id: 'fn',
        kind: 'function',
        config: {
          timeoutSeconds: 60,
          durationMs: { distribution: 'exponential', mean: e.warmServiceMs },
          initDurationMs: { distribution: 'fixed', value: Math.max(0, e.coldServiceMs - e.warmServiceMs) },
        },
      },
    ],
    edges: [{ id: 'e', source: 'url', target: 'fn', kind: 'trigger' }],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return result.scenario;
}
