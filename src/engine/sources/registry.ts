/**
 * Builds the live node for every kind that is not a function and not a
 * synchronous caller: S3, SNS, EventBridge rules and schedules, SQS, Kinesis
 * and DynamoDB Streams. One file per kind beside this one.
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
