/**
 * Builds the live node for every kind that is not a function and not a
 * synchronous caller: S3, SNS, EventBridge rules and schedules, SQS, Kinesis
 * and DynamoDB Streams. One file per kind beside this one.
 */
import type { ScenarioNode } from '../../model';
import type { EngineContext, SimNode } from '../ports';

export function createSourceNode(node: ScenarioNode, ctx: EngineContext): SimNode | null {
  void node;
  void ctx;
  return null;
}
