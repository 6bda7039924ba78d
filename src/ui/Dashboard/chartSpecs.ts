/** Which charts the dashboard draws for a diagram, and which series each one plots (issue 5's list). */
import { SYNC_CALLER_KINDS } from '../../model';
import type { ServiceNode } from '../../store/diagram';

export interface LineSpec {
  key: string;
  name: string;
  /** Drawn on the right-hand axis. */
  right?: boolean;
}

export interface RefSpec {
  y: number;
  label: string;
  /** Extend the axis to show the line, or hide it when the data stays far below. */
  overflow: 'extendDomain' | 'discard';
}

export interface ChartSpec {
  id: string;
  title: string;
  unit: string;
  rightUnit?: string;
  lines: LineSpec[];
  refs: RefSpec[];
  /** Shown instead of a chart when the diagram has nothing to plot here. */
  empty: string | null;
  /** Shown under the chart, e.g. that only some functions are drawn. */
  note?: string;
}

/** Lines per function chart stay readable (and cheap to draw) up to this many functions. */
export const MAX_FUNCTIONS_DRAWN = 4;

function nameOf(node: ServiceNode): string {
  return node.data.label || node.id;
}

interface FunctionLimits {
  reservedConcurrency: number | null;
  provisionedConcurrency: number;
}

/**
 * Reserved and provisioned lines of the functions drawn. Functions with the
 * same limit share one line, so their labels are not printed over each other.
 */
function limitRefs(functions: readonly ServiceNode[], several: boolean): RefSpec[] {
  const byLine = new Map<string, { y: number; what: string; names: string[] }>();
  const add = (what: string, y: number, name: string) => {
    const key = `${what} ${y}`;
    const line = byLine.get(key) ?? { y, what, names: [] };
    line.names.push(name);
    byLine.set(key, line);
  };
  for (const f of functions) {
    const limits = f.data.config as FunctionLimits;
    if (limits.reservedConcurrency !== null) add('reserved', limits.reservedConcurrency, nameOf(f));
    if (limits.provisionedConcurrency > 0) add('provisioned', limits.provisionedConcurrency, nameOf(f));
  }
  return [...byLine.values()].map(({ y, what, names }) => {
    const who = !several ? '' : names.length <= 2 ? `${names.join(', ')} ` : `${names.length} functions `;
    return { y, label: `${who}${what} ${y}`, overflow: 'extendDomain' };
  });
}

/** What a synchronous caller answered, as the engine counts it per second (metricNames.ts). */
const STATUS_LINES: readonly (readonly [number, string])[] = [
  [200, '200'],
  [202, '202'],
  [429, '429 throttled'],
  [500, '500'],
  [502, '502'],
  [504, '504 timeout'],
];

export function chartSpecs(nodes: readonly ServiceNode[], functionFilter: string | null, accountLimit: number): ChartSpec[] {
  const allFunctions = nodes.filter((n) => n.data.kind === 'function' && (functionFilter === null || n.id === functionFilter));
  const functions = allFunctions.slice(0, MAX_FUNCTIONS_DRAWN);
  const note =
    allFunctions.length > functions.length
      ? `Showing ${functions.length} of ${allFunctions.length} functions; pick one in the Function filter.`
      : undefined;
  const queues = nodes.filter((n) => n.data.kind === 'sqs');
  const streams = nodes.filter((n) => n.data.kind === 'kinesis' || n.data.kind === 'dynamodbStream');
  const callers = nodes.filter((n) => (SYNC_CALLER_KINDS as readonly string[]).includes(n.data.kind)).slice(0, MAX_FUNCTIONS_DRAWN);
  const several = functions.length > 1;
  const per = (metric: string, label: string, right = false): LineSpec[] =>
    functions.map((f) => ({ key: `${f.id}/${metric}`, name: several ? `${nameOf(f)} ${label}` : label, right }));
  const noFunction = functions.length === 0 ? 'No function in the diagram.' : null;

  const refs: RefSpec[] = [{ y: accountLimit, label: `account limit ${accountLimit}`, overflow: 'discard' }, ...limitRefs(functions, several)];

  return [
    { id: 'concurrency', title: 'Concurrency', unit: 'executions', lines: per('ConcurrentExecutions', 'concurrency'), refs, empty: noFunction, note },
    {
      id: 'invocations',
      title: 'Invocations and throttles per second',
      unit: '/s',
      lines: [...per('Invocations', 'invocations'), ...per('Throttles', 'throttles')],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'coldStarts',
      title: 'Cold starts and init duration',
      unit: '/s',
      rightUnit: 'ms',
      lines: [...per('ColdStarts', 'cold starts'), ...per('InitDuration', 'init duration (ms)', true)],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'errors',
      title: 'Errors and timeouts per second',
      unit: '/s',
      lines: [...per('Errors', 'errors'), ...per('Timeouts', 'timeouts')],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'statusCodes',
      title: 'Status codes per second',
      unit: '/s',
      lines: callers.flatMap((c) =>
        STATUS_LINES.map(([status, label]) => ({ key: `${c.id}/Status${status}`, name: callers.length > 1 ? `${nameOf(c)} ${label}` : label })),
      ),
      refs: [],
      empty: callers.length === 0 ? 'No synchronous caller (ALB, API Gateway, function URL, client) in the diagram.' : null,
    },
    {
      id: 'duration',
      title: 'Duration p50, p95, p99',
      unit: 'ms',
      lines: [...per('DurationP50', 'p50'), ...per('DurationP95', 'p95'), ...per('DurationP99', 'p99')],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'async',
      title: 'Async event age and dropped events',
      unit: 'ms',
      rightUnit: '/s',
      lines: [...per('AsyncEventAge', 'event age (ms)'), ...per('AsyncEventsDropped', 'dropped /s', true)],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'queues',
      title: 'Queue backlog and age of oldest message',
      unit: 'messages',
      rightUnit: 'ms',
      lines: queues.flatMap((q) => [
        { key: `${q.id}/ApproximateNumberOfMessagesVisible`, name: `${nameOf(q)} visible` },
        { key: `${q.id}/ApproximateAgeOfOldestMessage`, name: `${nameOf(q)} oldest (ms)`, right: true },
      ]),
      refs: [],
      empty: queues.length === 0 ? 'No SQS queue in the diagram.' : null,
    },
    {
      id: 'iterator',
      title: 'Iterator age',
      unit: 'ms',
      lines: streams.map((s) => ({ key: `${s.id}/IteratorAge`, name: nameOf(s) })),
      refs: [],
      empty: streams.length === 0 ? 'No Kinesis or DynamoDB stream in the diagram.' : null,
    },
    {
      id: 'cost',
      title: 'Cost so far (USD)',
      unit: 'USD',
      lines: functions.map((f) => ({ key: `${f.id}/CostUSD`, name: nameOf(f) })),
      refs: [],
      empty: noFunction,
      note,
    },
  ];
}
