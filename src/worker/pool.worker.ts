/// <reference lib="webworker" />
/** One worker of the page's pool: runs each scenario it is sent to its end and answers with the summary (and the series, when asked). */
import { runScenarioJob, type PoolReply, type PoolRequest, type ScenarioJob, type ScenarioResult } from './poolCore';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PoolRequest<ScenarioJob>>) => {
  const { id, job } = event.data;
  let reply: PoolReply<ScenarioResult>;
  try {
    reply = { id, result: runScenarioJob(job) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  // A worker posts to its one owner: there is no target origin.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.postMessage(reply);
};
