import type { Scenario } from './scenario';
import { expectedTrafficCount } from './traffic';

/** Expected arrivals a scenario produces at its sources, to refuse runs beyond the engine's limits. */
export function expectedArrivals(s: Scenario): { total: number; largestPath: string } {
  let total = 0;
  let largest = 0;
  let largestPath = 'durationSeconds';
  s.nodes.forEach((node, i) => {
    let count = 0;
    if ('traffic' in node.config) count += expectedTrafficCount(node.config.traffic, s.durationSeconds);
    if (node.kind === 'sqs') count += node.config.initialBacklog;
    if (node.kind === 'kinesis' || node.kind === 'dynamodbStream') count += node.config.initialRecords;
    if (node.kind === 'eventbridgeSchedule') count += s.durationSeconds / 60;
    total += count;
    if (count > largest) {
      largest = count;
      largestPath = `nodes[${i}] (${node.id}).config.traffic.ratePerSecond`;
    }
  });
  return { total, largestPath };
}
