/**
 * How the parts of the engine talk to each other. The kernel (event queue,
 * clock, random generator, metrics, log) and the function model implement
 * these; every node kind (callers, queues, streams, topics, buckets, rules)
 * is written against them only, in a file of its own.
 */
import type { Distribution, NodeKind, ScenarioEdge, Traffic } from '../model';
import type { LogEntry, PatchResult, ResourceSummary, SimMs } from './api';

/** Seeded pseudo-random numbers; the only source of chance in a run. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  exponential(mean: number): number;
  /** A draw of a scenario distribution, in its own unit. */
  sample(d: Distribution): number;
  /** Number of successes in n trials of probability p. */
  binomial(n: number, p: number): number;
}

/** A scheduled callback that may be called off before it runs. */
export interface Timer {
  cancel(): void;
}

export interface Kernel {
  readonly now: SimMs;
  /** Runs `fn` at `atMs` (never earlier than now); ties run in the order they were scheduled. */
  at(atMs: SimMs, fn: () => void): Timer;
  after(delayMs: number, fn: () => void): Timer;
  /** Timers that all wait `delayMs` (so expire in the order set), cheaper than one `after` each: see kernel/timerLine.ts. */
  timerLine<T>(delayMs: number, onExpire: (item: T) => void): TimerLinePort<T>;
}

export interface TimerLinePort<T> {
  readonly delayMs: number;
  /** Sets a timer for `item`; the handle cancels it. */
  set(item: T): number;
  cancel(handle: number): void;
}

/** A running arrival process: calls back at each arrival; its traffic can change mid-run. */
export interface TrafficHandle {
  setTraffic(traffic: Traffic): void;
  stop(): void;
}

/**
 * Metric handles for one node, named as in CloudWatch where a name exists.
 * Each tick records: `sum` the total added during the tick, `max` the largest
 * value set, `last` the value at the tick's end, `mean` the time-average.
 */
export type Aggregation = 'sum' | 'max' | 'last' | 'mean';
export interface MetricHandle {
  add(value: number): void;
  set(value: number): void;
}
export interface MetricsPort {
  series(nodeId: string, metric: string, aggregation: Aggregation): MetricHandle;
  /** Runs just before each tick closes: set per-tick figures, or reset a peak of events (set 0) so it does not carry on. */
  onBeforeClose?(fn: () => void): void;
}

/** Why Lambda refused an invocation (API ThrottleReason, §1.5), plus the recursion guard (§9). */
export type RefusalReason =
  | 'ReservedFunctionConcurrentInvocationLimitExceeded'
  | 'ConcurrentInvocationLimitExceeded'
  | 'FunctionInvocationRateLimitExceeded'
  /** The per-function scaling bucket (or the legacy burst) has no token left; still a 429. */
  | 'ScalingRateExceeded'
  | 'RecursiveInvocationLoopDetected';

export type Admission = { admitted: true; coldStart: boolean } | { admitted: false; reason: RefusalReason; message: string };

export interface InvokeRequest {
  /** The node that asks (a caller, a poller, a topic), for logs and metrics. */
  sourceId: string;
  /** Records in the batch; 1 for a single request or event. */
  batchSize: number;
  /** Records in the batch that always fail (poison records). */
  poisonRecords?: number;
  /** Lambda invocations already in this chain of events (§9); 0 for an event that starts a chain. */
  chainDepth: number;
  /** The mapping reports batch item failures: failed records come back as a partial success, not an error. */
  reportBatchItemFailures?: boolean;
}

export interface InvokeOutcome {
  status: 'success' | 'error' | 'timeout';
  /** Records that failed: all of them on an error or timeout; some (or none) on a partial success. */
  failedRecords: number;
  coldStart: boolean;
  /** When the function started on the request and when it finished (INIT included on a cold start). */
  startedMs: SimMs;
  endedMs: SimMs;
  /** The run's Duration as REPORT shows it, before billing rounds it up. */
  durationMs: number;
}

/** Lambda as other nodes see it. */
export interface FunctionPort {
  readonly id: string;
  /** The function timeout now in force; callers with their own timeout (API Gateway 29 s, SDK read timeout) compare with it. */
  readonly timeoutMs?: number;
  /** Synchronous invoke: refused at once (429) or admitted, and `onDone` runs when the function finishes. */
  invokeSync(request: InvokeRequest, onDone: (outcome: InvokeOutcome) => void): Admission;
  /** Asynchronous invoke (§5): the event joins the function's internal queue; always accepted. */
  /** `requestUnits`: request charges of each event by its size (§10.1: 1, plus 1 per 64 KB above 256 KB); absent, 1. */
  invokeAsync(event: { sourceId: string; chainDepth: number; count?: number; requestUnits?: number }): void;
}

/** What travels along an edge to a node that is not a function (or to a function, as an async event). */
export interface Delivery {
  sourceId: string;
  /** How many messages, events, objects or records arrive at once. */
  count: number;
  chainDepth: number;
  /** How the edge that carries it is kinded: a destination, a DLQ, a write, ... */
  via: ScenarioEdge['kind'];
  /** Present on on-failure deliveries: why the original gave up. */
  condition?: 'RetriesExhausted' | 'EventAgeExceeded' | 'RecursiveInvocationLoopDetected' | 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
}

/** Everything a node may use. */
export interface EngineContext {
  readonly kernel: Kernel;
  readonly rng: Rng;
  readonly metrics: MetricsPort;
  log(entry: Omit<LogEntry, 'tMs'>): void;
  startTraffic(traffic: Traffic, onArrival: (count: number) => void): TrafficHandle;
  /** The function a node triggers or delivers to. */
  fn(functionId: string): FunctionPort;
  /** Hands a delivery to another node (a queue, topic, bucket, rule, stream or function). */
  deliver(targetId: string, delivery: Delivery): void;
  /** The edges that leave or enter a node, as in the scenario. */
  outgoing(nodeId: string): readonly ScenarioEdge[];
  incoming(nodeId: string): readonly ScenarioEdge[];
  readonly scalingModel: 'current' | 'legacy';
  readonly endMs: SimMs;
}

/** One node of the diagram, alive in a run. */
export interface SimNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Called once every node exists, at time 0: start traffic, pollers and schedules. */
  start(): void;
  /** A delivery from another node. */
  receive?(delivery: Delivery): void;
  /** A new `config` for this node during a run (already validated against its kind's schema). */
  applyConfig?(config: unknown): PatchResult;
  /** A new config for one of this node's outgoing or incoming edges. */
  applyEdgeConfig?(edge: ScenarioEdge): PatchResult;
  /** Instantaneous numbers for badges. */
  live(): Record<string, number>;
  summary(): ResourceSummary;
}
