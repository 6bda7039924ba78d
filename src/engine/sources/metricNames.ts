/**
 * The per-tick series each source node emits, keyed `${nodeId}/${name}` like
 * the function metrics in ../metricNames.ts. CloudWatch names where the
 * service has one (SQS, SNS, Kinesis, EventBridge; lambda-model.md §12).
 */
import type { NodeKind } from '../../model';
import type { MetricInfo } from '../metricNames';
import type { Aggregation } from '../ports';

const m = (name: string, aggregation: Aggregation, unit: MetricInfo['unit'], description: string): MetricInfo => ({ name, aggregation, unit, description });

const STREAM_METRICS = [
  m('IncomingRecords', 'sum', 'events', 'Records written to the stream'),
  m('IteratorAge', 'max', 'ms', 'Age of the last record of each batch when the function finished it (emitted per batch, §6.3)'),
  m('RecordsBehind', 'last', 'events', 'Records written and not yet processed or skipped by the mapping'),
  m('WriteProvisionedThroughputExceeded', 'sum', 'events', 'Kinesis: records refused to producers beyond 1,000 a second per shard'),
];

export const SOURCE_METRICS: Partial<Record<NodeKind, readonly MetricInfo[]>> = {
  sqs: [
    m('ApproximateNumberOfMessagesVisible', 'last', 'count', 'Messages waiting to be received'),
    m('ApproximateNumberOfMessagesNotVisible', 'last', 'count', 'Messages received and not yet deleted (in flight, or hidden until the visibility timeout)'),
    m('ApproximateAgeOfOldestMessage', 'max', 'ms', 'Age of the oldest message not yet deleted (CloudWatch shows it in seconds)'),
    m('NumberOfMessagesSent', 'sum', 'count', 'Messages that entered the queue'),
    m('NumberOfMessagesReceived', 'sum', 'count', 'Messages handed to pollers, throttled receives included'),
    m('NumberOfMessagesDeleted', 'sum', 'count', 'Messages deleted after the function processed them'),
    m('PollerConcurrency', 'last', 'count', 'Batches the event source mapping may run at once (5, then +300 a minute, §6.1)'),
    m('ThrottledReceives', 'sum', 'count', 'Batches whose invoke was refused: their messages count a receive and wait out the visibility timeout'),
    m('MessagesMovedToDeadLetterQueue', 'sum', 'count', 'Messages redriven after maxReceiveCount receives'),
  ],
  kinesis: STREAM_METRICS,
  dynamodbStream: STREAM_METRICS,
  s3: [
    m('ObjectsWritten', 'sum', 'count', 'Objects written to the bucket'),
    m('NotificationsDelivered', 'sum', 'events', 'Event notifications handed to functions (asynchronous invokes)'),
  ],
  sns: [
    m('NumberOfMessagesPublished', 'sum', 'count', 'Messages published to the topic'),
    m('NumberOfNotificationsDelivered', 'sum', 'events', 'Messages handed to subscribed functions (one per subscriber)'),
  ],
  eventbridgeRule: [
    m('MatchedEvents', 'sum', 'events', 'Events that matched the rule'),
    m('Invocations', 'sum', 'events', 'Events handed to targets (one per target)'),
  ],
  eventbridgeSchedule: [
    m('TriggeredRules', 'sum', 'count', 'Times the schedule fired'),
    m('Invocations', 'sum', 'events', 'Events handed to targets (one per target)'),
  ],
};
