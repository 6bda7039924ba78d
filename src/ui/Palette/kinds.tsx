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
import { KIND_NAMES, NODE_KINDS, type NodeKind } from '../../model';
import type { NodeInit } from '../../store/scenarioStore';

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
  /** What the new node starts with besides its kind's defaults: a label, settings. */
  init?: NodeInit;
}

export interface PaletteGroup {
  title: string;
  items: PaletteItem[];
}

const item = (kind: NodeKind, tooltip: string, name = KIND_NAMES[kind], init?: NodeInit): PaletteItem => (init ? { kind, name, tooltip, init } : { kind, name, tooltip });

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
      // A FIFO queue is an SQS queue with FifoQueue set (its name ends in .fifo): the mapping keeps each message group in order.
      item('sqs', 'In order per message group: one batch of a group at a time, so concurrency is at most the number of groups.', 'SQS FIFO queue', {
        config: { fifo: true },
      }),
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
      // A destination names the event bus; the simulator models the bus with the rule that matches the events on it.
      item('eventbridgeRule', 'An event bus as a destination: Lambda puts the invocation record on the bus.', 'EventBridge bus (target)', { label: 'EventBridge bus' }),
    ],
  },
];

/** MIME type of a palette drag, read by the canvas on drop. */
export const DRAG_MIME = 'application/x-lambda-playground-kind';

/** What a palette drag carries: the kind, and what the node starts with (a FIFO queue is an SQS queue with fifo set). */
export function encodePaletteDrag(dragged: Pick<PaletteItem, 'kind' | 'init'>): string {
  return JSON.stringify(dragged.init ? { kind: dragged.kind, init: dragged.init } : { kind: dragged.kind });
}

/** The kind and start of a dropped palette item; null for anything else dropped on the canvas. */
export function decodePaletteDrag(text: string): { kind: NodeKind; init?: NodeInit } | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as { kind?: unknown; init?: unknown };
    if (typeof parsed.kind !== 'string' || !(NODE_KINDS as readonly string[]).includes(parsed.kind)) return null;
    const init = parsed.init && typeof parsed.init === 'object' ? (parsed.init as NodeInit) : undefined;
    return init ? { kind: parsed.kind as NodeKind, init } : { kind: parsed.kind as NodeKind };
  } catch {
    return null;
  }
}
