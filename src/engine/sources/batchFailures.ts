/**
 * Which records of a batch failed, when a function reports batch item
 * failures (lambda-model.md §6.1, §6.2): poison records always fail; any other
 * failures the function reports are taken from the end of the batch.
 */
import { countOf, splitRuns, type MessageRun } from './backlog';

/** Standard queue: only the failed messages reappear. Returns [succeeded, failed]. */
export function partitionFailures(runs: readonly MessageRun[], failedCount: number): [MessageRun[], MessageRun[]] {
  const poison = runs.filter((r) => r.poison);
  const healthy = runs.filter((r) => !r.poison);
  const poisonCount = countOf(poison);
  const extra = Math.max(0, Math.min(failedCount - poisonCount, countOf(healthy)));
  const [succeeded, failedHealthy] = splitRuns(healthy, countOf(healthy) - extra);
  return [succeeded, [...poison, ...failedHealthy]];
}

/**
 * FIFO queue: "stop at the first failure and return the failed and all
 * unprocessed messages" (§6.2), so everything from the first failure on is
 * retried, in order. Returns [succeeded, failed].
 */
export function partitionFifoFailures(runs: readonly MessageRun[], failedCount: number): [MessageRun[], MessageRun[]] {
  const total = countOf(runs);
  let firstPoison = total;
  let offset = 0;
  for (const run of runs) {
    if (run.poison) {
      firstPoison = offset;
      break;
    }
    offset += run.count;
  }
  return splitRuns(runs, Math.max(0, Math.min(firstPoison, total - failedCount)));
}
