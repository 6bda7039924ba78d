import type { EdgeKind } from './edges';
import type { NodeKind } from './nodes';

/**
 * Which links AWS allows, and why a refused one is refused. The canvas asks
 * before it draws an edge; the validator asks again when a file is loaded.
 */
export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

const TRIGGER_SOURCES: ReadonlySet<NodeKind> = new Set([
  'alb',
  'apiGateway',
  'functionUrl',
  'client',
  's3',
  'sns',
  'eventbridgeRule',
  'eventbridgeSchedule',
  'sqs',
  'kinesis',
  'dynamodbStream',
]);

/** §5: on-success targets are SQS, SNS, Lambda, EventBridge; on-failure adds S3. */
const ON_SUCCESS_TARGETS: ReadonlySet<NodeKind> = new Set(['sqs', 'sns', 'function', 'eventbridgeRule']);
const ON_FAILURE_TARGETS: ReadonlySet<NodeKind> = new Set(['sqs', 'sns', 'function', 'eventbridgeRule', 's3']);
/** §6.3: a stream mapping's on-failure destination is SQS, SNS or S3. */
const STREAM_ON_FAILURE_TARGETS: ReadonlySet<NodeKind> = new Set(['sqs', 'sns', 's3']);
/** What a function can write to through the SDK. */
const WRITE_TARGETS: ReadonlySet<NodeKind> = new Set([
  'sqs',
  'sns',
  's3',
  'eventbridgeRule',
  'kinesis',
  'dynamodbStream',
  'function',
]);

export const KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  function: 'Lambda function',
  alb: 'Application Load Balancer',
  apiGateway: 'API Gateway',
  functionUrl: 'Function URL',
  client: 'SDK / CLI client',
  s3: 'S3 bucket',
  sns: 'SNS topic',
  eventbridgeRule: 'EventBridge rule',
  eventbridgeSchedule: 'EventBridge schedule',
  sqs: 'SQS queue',
  kinesis: 'Kinesis stream',
  dynamodbStream: 'DynamoDB stream',
};

const names = (kinds: ReadonlySet<NodeKind>) => [...kinds].map((k) => KIND_NAMES[k]).join(', ');

export interface ConnectionEnds {
  sourceKind: NodeKind;
  targetKind: NodeKind;
  /** FIFO flags, for SQS ends. */
  sourceFifo?: boolean;
  targetFifo?: boolean;
}

export function checkConnection(ends: ConnectionEnds, kind: EdgeKind): ConnectionCheck {
  const { sourceKind, targetKind } = ends;
  const from = KIND_NAMES[sourceKind];
  const to = KIND_NAMES[targetKind];
  switch (kind) {
    case 'trigger':
      // An SNS subscription can be an SQS queue (the fan-out pattern); standard topics only reach standard queues.
      if (sourceKind === 'sns' && targetKind === 'sqs')
        return ends.targetFifo ? refuse('A standard SNS topic cannot deliver to a FIFO queue.') : ok;
      // An EventBridge rule's target can be a queue or a topic as well as a function (§7); each matched event is sent on.
      if (sourceKind === 'eventbridgeRule' && (targetKind === 'sqs' || targetKind === 'sns')) return ok;
      if (targetKind !== 'function') {
        if (sourceKind === 'sqs' && targetKind === 'sqs')
          return refuse('A queue cannot trigger a queue. Put a function between them, or use a dead-letter (redrive) link.');
        return refuse(`Only a Lambda function can be triggered; a ${to} cannot.`);
      }
      if (sourceKind === 'function')
        return refuse('A function invokes another function through a "writes" link (an SDK call), not a trigger.');
      return TRIGGER_SOURCES.has(sourceKind) ? ok : refuse(`A ${from} cannot trigger a function.`);
    case 'onSuccess':
      if (sourceKind !== 'function') return refuse('Only a function has an on-success destination.');
      if (!ON_SUCCESS_TARGETS.has(targetKind)) return refuse(`On-success destinations are ${names(ON_SUCCESS_TARGETS)}; not a ${to}.`);
      if (ends.targetFifo) return refuse('Destinations do not support FIFO queues (DestinationDeliveryFailures).');
      return ok;
    case 'onFailure':
      if (sourceKind === 'kinesis' || sourceKind === 'dynamodbStream') {
        if (!STREAM_ON_FAILURE_TARGETS.has(targetKind))
          return refuse(`A stream mapping sends failed batches to ${names(STREAM_ON_FAILURE_TARGETS)}; not a ${to}.`);
        return ends.targetFifo ? refuse('Destinations do not support FIFO queues.') : ok;
      }
      if (sourceKind !== 'function') return refuse(`A ${from} has no on-failure destination; only functions and streams do.`);
      if (!ON_FAILURE_TARGETS.has(targetKind)) return refuse(`On-failure destinations are ${names(ON_FAILURE_TARGETS)}; not a ${to}.`);
      if (ends.targetFifo) return refuse('Destinations do not support FIFO queues (DestinationDeliveryFailures).');
      return ok;
    case 'deadLetter':
      if (sourceKind === 'function') {
        if (targetKind !== 'sqs' && targetKind !== 'sns') return refuse('A function dead-letter queue is an SQS queue or an SNS topic.');
        return ends.targetFifo ? refuse('A function dead-letter queue must be a standard queue, not FIFO.') : ok;
      }
      if (sourceKind === 'sqs') {
        if (targetKind !== 'sqs') return refuse('A queue redrives only to another SQS queue.');
        if (Boolean(ends.sourceFifo) !== Boolean(ends.targetFifo))
          return refuse('The dead-letter queue of a FIFO queue must be FIFO, and of a standard queue standard.');
        return ok;
      }
      return refuse(`A ${from} has no dead-letter queue; functions and SQS queues do.`);
    case 'writes':
      if (sourceKind !== 'function') return refuse('Only a function writes to other resources.');
      return WRITE_TARGETS.has(targetKind) ? ok : refuse(`A function cannot write to a ${to} here.`);
  }
}

const ok: ConnectionCheck = { ok: true };
function refuse(reason: string): ConnectionCheck {
  return { ok: false, reason };
}

/** The edge kind a new link most likely means, or the first refusal when none fits. */
export function inferEdgeKind(ends: ConnectionEnds): { kind: EdgeKind } | { kind: null; reason: string } {
  const order: EdgeKind[] =
    ends.sourceKind === 'function' ? ['writes', 'onFailure', 'onSuccess', 'deadLetter'] : ['trigger', 'deadLetter', 'onFailure'];
  let first: string | null = null;
  for (const kind of order) {
    const check = checkConnection(ends, kind);
    if (check.ok) return { kind };
    first ??= check.reason;
  }
  return { kind: null, reason: first ?? 'This link is not allowed.' };
}
