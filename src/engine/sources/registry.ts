/**
 * Builds the live node for every kind that is not a function and not a
 * synchronous caller. One file per kind beside this one:
 * - s3.ts, sns.ts, eventbridgeRule.ts, eventbridgeSchedule.ts: push sources
 *   (lambda-model.md §7), handing events to functions as async invokes
 *   (asyncFanOut.ts); schedule.ts parses rate and cron expressions.
 * - sqs.ts: a queue and its event source mappings (§6.1, §6.2): sqsMessages.ts
 *   (standard or FIFO store), sqsMapping.ts and sqsScaling.ts (pollers),
 *   batchFailures.ts (partial batch responses).
 * - stream.ts: Kinesis and DynamoDB Streams (§6.3, §6.4), one streamLane.ts
 *   per shard × parallelization factor; shardWriteLimit.ts (Kinesis writes).
 * - backlog.ts: messages and records kept as runs, never one object each.
 */
import type { ScenarioNode } from '../../model';
import type { EngineContext, SimNode } from '../ports';
import { createEventbridgeRuleNode } from './eventbridgeRule';
import { createEventbridgeScheduleNode } from './eventbridgeSchedule';
import { createS3Node } from './s3';
import { createSnsNode } from './sns';
import { createSqsNode } from './sqs';
import { createStreamNode } from './stream';

export function createSourceNode(node: ScenarioNode, ctx: EngineContext): SimNode | null {
  switch (node.kind) {
    case 's3':
      return createS3Node(node, ctx);
    case 'sns':
      return createSnsNode(node, ctx);
    case 'eventbridgeRule':
      return createEventbridgeRuleNode(node, ctx);
    case 'eventbridgeSchedule':
      return createEventbridgeScheduleNode(node, ctx);
    case 'sqs':
      return createSqsNode(node, ctx);
    case 'kinesis':
    case 'dynamodbStream':
      return createStreamNode(node, ctx);
    default:
      return null;
  }
}
