/** An imported app of four functions: an API with reserved concurrency, an async thumbnailer, a queue worker and a slow stream reader. */
import type { ScenarioInput } from '../src/model';

export const FOUR_FUNCTIONS: ScenarioInput = {
  schemaVersion: 2,
  name: 'Four-function app',
  seed: 7,
  durationSeconds: 1800,
  nodes: [
    { id: 'alb', kind: 'alb', label: 'public ALB', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 60 } } },
    {
      id: 'orders-api',
      kind: 'function',
      label: 'orders-api',
      position: { x: 300, y: 0 },
      config: { reservedConcurrency: 10, timeoutSeconds: 1, errorRate: 0.05, durationMs: { distribution: 'exponential', mean: 200 } },
    },
    { id: 'uploads', kind: 's3', label: 'uploads', position: { x: 0, y: 200 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 10 } } },
    { id: 'thumbnailer', kind: 'function', label: 'thumbnailer', position: { x: 300, y: 200 }, config: { errorRate: 0.3, async: { maximumRetryAttempts: 1 } } },
    { id: 'jobs', kind: 'sqs', label: 'jobs', position: { x: 0, y: 400 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 20 } } },
    { id: 'job-worker', kind: 'function', label: 'job-worker', position: { x: 300, y: 400 }, config: {} },
    { id: 'events', kind: 'kinesis', label: 'events', position: { x: 0, y: 600 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 40 } } },
    {
      id: 'event-reader',
      kind: 'function',
      label: 'event-reader',
      position: { x: 300, y: 600 },
      config: { durationMs: { distribution: 'fixed', value: 2000 } },
    },
  ],
  edges: [
    { id: 'e1', source: 'alb', target: 'orders-api', kind: 'trigger' },
    { id: 'e2', source: 'uploads', target: 'thumbnailer', kind: 'trigger' },
    { id: 'e3', source: 'jobs', target: 'job-worker', kind: 'trigger' },
    { id: 'e4', source: 'events', target: 'event-reader', kind: 'trigger' },
  ],
};
