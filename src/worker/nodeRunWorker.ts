import { parentPort } from 'node:worker_threads';
import { runToEnd } from '../engine';
import type { Scenario } from '../model';

/** A worker_threads worker: runs each scenario it is sent and posts back its summary, tagged with the job id. */
parentPort?.on('message', (job: { id: number; scenario: Scenario }) => {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- worker_threads, not a window
  parentPort?.postMessage({ id: job.id, summary: runToEnd(job.scenario) });
});
