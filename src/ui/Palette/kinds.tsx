/** What the palette offers, grouped as the brief and design.md describe, with an icon and a tooltip each. */
import {
  Archive,
  CalendarClock,
  Inbox,
  Link,
  Megaphone,
  Network,
  Rows3,
  SquareFunction,
  Terminal,
  WavesHorizontal,
  Webhook,
  Workflow,
  type LucideIcon,
} from 'lucide-react';
import { KIND_NAMES, type NodeKind } from '../../model';

export const KIND_ICONS: Readonly<Record<NodeKind, LucideIcon>> = {
  function: SquareFunction,
  alb: Network,
  apiGateway: Webhook,
  functionUrl: Link,
  client: Terminal,
  s3: Archive,
  sns: Megaphone,
  eventbridgeRule: Workflow,
  eventbridgeSchedule: CalendarClock,
  sqs: Inbox,
  kinesis: WavesHorizontal,
  dynamodbStream: Rows3,
};

export interface PaletteItem {
  kind: NodeKind;
  name: string;
  tooltip: string;
}

export interface PaletteGroup {
  title: string;
  items: PaletteItem[];
}

const item = (kind: NodeKind, tooltip: string, name = KIND_NAMES[kind]): PaletteItem => ({ kind, name, tooltip });

export const PALETTE_GROUPS: readonly PaletteGroup[] = [
  {
    title: 'Callers',
    items: [
      item('alb', 'Synchronous: waits for the answer; a throttle becomes HTTP 429, a function error 502.'),
      item('apiGateway', 'Synchronous, with a 29 s integration timeout (504) and its own request throttle.'),
      item('functionUrl', 'Synchronous HTTPS endpoint of one function, up to the function timeout.'),
      item('client', 'AWS SDK or CLI: sync or async invokes, with the SDK retrying throttles.'),
    ],
  },
  {
    title: 'Async sources',
    items: [
      item('s3', 'Object events, delivered asynchronously: Lambda queues them and retries twice on error.'),
      item('sns', 'Topic messages, invoked asynchronously.'),
      item('eventbridgeRule', 'Matching events on a bus, invoked asynchronously.'),
      item('eventbridgeSchedule', 'rate() or cron() schedule, in UTC.'),
    ],
  },
  {
    title: 'Queues and streams',
    items: [
      item('sqs', 'Polled by an event source mapping; batches, visibility timeout, redrive to a DLQ.'),
      item('kinesis', 'Shards read in order by a mapping; a failing batch blocks its shard.'),
      item('dynamodbStream', 'Table changes, read per shard like Kinesis; records kept 24 h.'),
    ],
  },
  {
    title: 'Compute',
    items: [item('function', 'Execution environments, concurrency limits, cold starts, retries and destinations.')],
  },
  {
    title: 'Destinations',
    items: [
      item('sqs', 'A queue that only receives: on-failure or on-success destination, or a dead-letter queue.', 'SQS queue (target)'),
      item('sns', 'A topic as a destination or dead-letter target.', 'SNS topic (target)'),
      item('s3', 'A bucket as an on-failure destination or write target.', 'S3 bucket (target)'),
      item('eventbridgeRule', 'An event bus as a destination.', 'EventBridge bus (target)'),
    ],
  },
];

/** MIME type of a palette drag, read by the canvas on drop. */
export const DRAG_MIME = 'application/x-lambda-playground-kind';
