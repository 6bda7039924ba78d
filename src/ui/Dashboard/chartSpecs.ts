/** Which charts the dashboard draws for a diagram, and which series each one plots (issue 5's list). */
import { SYNC_CALLER_KINDS } from '../../model';
import type { ServiceNode } from '../../store/diagram';
import { entityColor, STATUS_COLORS } from './palette';
import type { ValueKind } from './valueAxis';

/** How a line is stroked: the colour says which function (or queue, stream) it is, the stroke which metric. */
export type Stroke = 'solid' | 'dashed' | 'dotted';

export interface LineSpec {
  key: string;
  /** The function, queue or stream and the metric: "orders-api cold starts" (the tooltip's words). */
  name: string;
  /** The metric alone: "cold starts" (the chart's legend). */
  metric: string;
  /** One colour per function, queue or stream, the same in every chart (or per status code). */
  color: string;
  stroke: Stroke;
  kind: ValueKind;
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
  /** The left axis' values; the right axis' when some line is drawn on the right. */
  kind: ValueKind;
  rightKind?: ValueKind;
  lines: LineSpec[];
  refs: RefSpec[];
  /** Shown instead of a chart when the diagram has nothing to plot here. */
  empty: string | null;
  /** Shown under the chart, e.g. that only some functions are drawn. */
  note?: string;
  /** Colours named by the chart itself (status codes); otherwise the dashboard's key names them. */
  ownColors?: boolean;
}

/** One entry of a legend: a colour (which thing) or a stroke (which metric). */
export interface LegendEntry {
  label: string;
  color?: string;
  stroke?: Stroke;
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

/** What a synchronous caller answered, as the engine counts it per second (metricNames.ts); each status has its own colour. */
const STATUS_LINES: readonly (readonly [number, string])[] = [
  [200, '200'],
  [202, '202'],
  [429, '429 throttled'],
  [500, '500'],
  [502, '502'],
  [504, '504 timeout'],
];

const CALLER_STROKES: readonly Stroke[] = ['solid', 'dashed', 'dotted'];

/** What the charts draw: the first functions, queues, streams and callers, and the palette index of each. */
export function chartEntities(nodes: readonly ServiceNode[], functionFilter: string | null) {
  const allFunctions = nodes.filter((n) => n.data.kind === 'function' && (functionFilter === null || n.id === functionFilter));
  const functions = allFunctions.slice(0, MAX_FUNCTIONS_DRAWN);
  const queues = nodes.filter((n) => n.data.kind === 'sqs').slice(0, MAX_FUNCTIONS_DRAWN);
  const streams = nodes.filter((n) => n.data.kind === 'kinesis' || n.data.kind === 'dynamodbStream').slice(0, MAX_FUNCTIONS_DRAWN);
  const callers = nodes.filter((n) => (SYNC_CALLER_KINDS as readonly string[]).includes(n.data.kind)).slice(0, CALLER_STROKES.length);
  const colored = [...functions, ...queues, ...streams];
  const colorOf = new Map(colored.map((n, i) => [n.id, i]));
  return { allFunctions, functions, queues, streams, callers, colored, colorOf };
}

/** The dashboard's key: each function, queue and stream the charts draw, with its colour. */
export function chartKey(nodes: readonly ServiceNode[], functionFilter: string | null): LegendEntry[] {
  return chartEntities(nodes, functionFilter).colored.map((n, i) => ({ label: nameOf(n), color: entityColor(i) }));
}

/** A chart's own legend: its metrics by stroke (a few words, whatever the number of functions), or its own colours. */
export function legendOf(spec: ChartSpec): LegendEntry[] {
  const seen = new Set<string>();
  const entries: LegendEntry[] = [];
  for (const line of spec.lines) {
    const entry = spec.ownColors ? { label: line.metric, color: line.color } : { label: line.metric, stroke: line.stroke };
    const id = `${entry.label} ${entry.color ?? entry.stroke}`;
    if (seen.has(id)) continue;
    seen.add(id);
    entries.push(entry);
  }
  return entries;
}

export function chartSpecs(nodes: readonly ServiceNode[], functionFilter: string | null, accountLimit: number): ChartSpec[] {
  const { allFunctions, functions, queues, streams, callers, colorOf } = chartEntities(nodes, functionFilter);
  const note =
    allFunctions.length > functions.length
      ? `Showing ${functions.length} of ${allFunctions.length} functions; pick one in the Function filter.`
      : undefined;
  const several = functions.length > 1;
  const of = (node: ServiceNode, metric: string, label: string, stroke: Stroke, kind: ValueKind, right = false): LineSpec => ({
    key: `${node.id}/${metric}`,
    name: `${nameOf(node)} ${label}`,
    metric: label,
    color: entityColor(colorOf.get(node.id) ?? 0),
    stroke,
    kind,
    right,
  });
  const per = (metric: string, label: string, stroke: Stroke, kind: ValueKind, right = false): LineSpec[] =>
    functions.map((f) => of(f, metric, label, stroke, kind, right));
  const noFunction = functions.length === 0 ? 'No function in the diagram.' : null;

  const refs: RefSpec[] = [{ y: accountLimit, label: `account limit ${accountLimit}`, overflow: 'discard' }, ...limitRefs(functions, several)];

  return [
    { id: 'concurrency', title: 'Concurrency', kind: 'count', lines: per('ConcurrentExecutions', 'concurrency', 'solid', 'count'), refs, empty: noFunction, note },
    {
      id: 'invocations',
      title: 'Invocations and throttles per second',
      kind: 'count',
      lines: [...per('Invocations', 'invocations', 'solid', 'count'), ...per('Throttles', 'throttles', 'dashed', 'count')],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'coldStarts',
      title: 'Cold starts and init duration',
      kind: 'count',
      rightKind: 'ms',
      lines: [...per('ColdStarts', 'cold starts /s', 'solid', 'count'), ...per('InitDuration', 'init duration (right)', 'dashed', 'ms', true)],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'errors',
      title: 'Errors and timeouts per second',
      kind: 'count',
      lines: [...per('Errors', 'errors', 'solid', 'count'), ...per('Timeouts', 'timeouts', 'dashed', 'count')],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'statusCodes',
      title: 'Status codes per second',
      kind: 'count',
      ownColors: true,
      lines: callers.flatMap((c, i) =>
        STATUS_LINES.map(([status, label]) => ({
          key: `${c.id}/Status${status}`,
          name: callers.length > 1 ? `${nameOf(c)} ${label}` : label,
          // The legend names the code alone; the tooltip says what it means.
          metric: String(status),
          color: STATUS_COLORS[status],
          stroke: CALLER_STROKES[i],
          kind: 'count' as const,
        })),
      ),
      refs: [],
      empty: callers.length === 0 ? 'No synchronous caller (ALB, API Gateway, function URL, client) in the diagram.' : null,
      note: callers.length > 1 ? `Callers by stroke: ${callers.map((c, i) => `${nameOf(c)} ${CALLER_STROKES[i]}`).join(', ')}.` : undefined,
    },
    {
      id: 'duration',
      title: 'Duration p50, p95, p99',
      kind: 'ms',
      lines: [...per('DurationP99', 'p99', 'solid', 'ms'), ...per('DurationP95', 'p95', 'dashed', 'ms'), ...per('DurationP50', 'p50', 'dotted', 'ms')],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'async',
      title: 'Async event age and dropped events',
      kind: 'ms',
      rightKind: 'count',
      lines: [...per('AsyncEventAge', 'event age', 'solid', 'ms'), ...per('AsyncEventsDropped', 'dropped /s (right)', 'dashed', 'count', true)],
      refs: [],
      empty: noFunction,
      note,
    },
    {
      id: 'queues',
      title: 'Queue backlog and age of oldest message',
      kind: 'count',
      rightKind: 'ms',
      lines: queues.flatMap((q) => [
        of(q, 'ApproximateNumberOfMessagesVisible', 'messages visible', 'solid', 'count'),
        of(q, 'ApproximateAgeOfOldestMessage', 'oldest message age (right)', 'dashed', 'ms', true),
      ]),
      refs: [],
      empty: queues.length === 0 ? 'No SQS queue in the diagram.' : null,
    },
    {
      id: 'iterator',
      title: 'Iterator age',
      kind: 'ms',
      lines: streams.map((s) => of(s, 'IteratorAge', 'iterator age', 'solid', 'ms')),
      refs: [],
      empty: streams.length === 0 ? 'No Kinesis or DynamoDB stream in the diagram.' : null,
    },
    {
      id: 'cost',
      title: 'Cost so far',
      kind: 'USD',
      lines: per('CostUSD', 'cost', 'solid', 'USD'),
      refs: [],
      empty: noFunction,
      note,
    },
  ];
}
