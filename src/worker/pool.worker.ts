/// <reference lib="webworker" />
/** One worker of the page's pool: runs each scenario it is sent to its end and answers with the summary. */
import { runToEnd } from '../engine';
import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';
import type { PoolReply, PoolRequest } from './poolCore';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PoolRequest<Scenario>>) => {
  const { id, job } = event.data;
  let reply: PoolReply<SimulationSummary>;
  try {
    reply = { id, result: runToEnd(job) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  // A worker posts to its one owner: there is no target origin.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(reply);
};
