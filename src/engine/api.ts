/**
 * The engine's public contract: what the worker, the command line, the bench
 * and the tests may rely on. Everything else under src/engine is internal.
 */
import type { Account, EdgeConfig, Scenario } from '../model';

/** Milliseconds of simulated time since the run started. */
export type SimMs = number;

export interface DurationPercentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** What the simulated run costs (US East prices, free tier never applied; lambda-model.md §10). */
export interface CostBreakdown {
  requestsUSD: number;
  computeUSD: number;
  provisionedUSD: number;
  ephemeralUSD: number;
  /** Present only when the function uses tenant isolation mode: its new tenant-isolated environments. */
  tenantIsolationUSD?: number;
  totalUSD: number;
}

/** Tenant isolation mode: what routing by tenant did. */
export interface TenantIsolationSummary {
  /** The tenants configured. */
  tenants: number;
  /** Distinct tenants that had at least one invocation start. */
  tenantsSeen: number;
  /** New tenant-isolated environments (each billed per GB, §10.1). */
  environmentsCreated: number;
  /** environmentsCreated / tenantsSeen. */
  environmentsPerTenant: number;
}

export interface FunctionSummary {
  invocations: number;
  coldStarts: number;
  throttles: number;
  errors: number;
  timeouts: number;
  /** Errors that crashed the runtime (Runtime.ExitError) and so reset the environment. */
  crashes: number;
  /** Errors that used more memory than configured (Runtime.OutOfMemory), which reset the environment too. */
  outOfMemory: number;
  /** Present only when the function uses tenant isolation mode. */
  tenantIsolation?: TenantIsolationSummary;
  maxConcurrency: number;
  meanConcurrency: number;
  /** Time-average of live environments, idle included. */
  meanEnvironments: number;
  durationMs: DurationPercentiles;
  cost: CostBreakdown;
  asyncEventsReceived: number;
  /** Async events that gave up (AsyncEventsDropped), whether or not a DLQ or on-failure destination took them. */
  asyncEventsDropped: number;
  /** Of those, the ones handed to the on-failure destination or the DLQ. */
  asyncEventsDeadLettered: number;
  /** Async events whose invocation succeeded (after retries or not). */
  asyncEventsSucceeded: number;
  /** Async events waiting in the internal queue at the end (ready, backing off, or waiting to retry). */
  asyncEventsQueued: number;
  /** Async events being processed at the end. */
  asyncEventsInFlight: number;
  provisionedConcurrencyInvocations: number;
  provisionedConcurrencySpilloverInvocations: number;
  recursiveInvocationsDropped: number;
}

export interface ResourceSummary {
  kind: string;
  /** Requests, events or messages that entered the node. */
  arrived: number;
  /** Handed on successfully (a response returned, a batch processed, a message deleted). */
  delivered: number;
  /** Refused at the door (429 throttles, 5xx answers to a caller). */
  rejected: number;
  dropped: number;
  deadLettered: number;
  maxBacklog: number;
  /** Extra figures that belong to the kind: HTTP status counts of a caller, IteratorAge of a stream, ... */
  metrics: Record<string, number>;
}

export interface SimulationSummary {
  scenarioName: string;
  seed: number;
  simulatedSeconds: number;
  /** Filled by whoever measured the run (the engine has no wall clock). */
  wallMs: number;
  events: number;
  functions: Record<string, FunctionSummary>;
  resources: Record<string, ResourceSummary>;
  account: { maxConcurrency: number; meanConcurrency: number; totalCostUSD: number };
  /** This run's traffic projected over a 30-day month, with the free tier applied. */
  monthlyProjection: { requestsUSD: number; computeUSD: number; provisionedUSD: number; tenantIsolationUSD?: number; totalUSD: number };
}

/**
 * Per-tick metrics, column by column: `series["api/Invocations"][i]` is the
 * count in tick `firstTick + i`. Keys are `${nodeId}/${MetricName}` with
 * CloudWatch names where one exists, and `account/...` for the account.
 */
export interface TickBatch {
  tickMs: number;
  firstTick: number;
  count: number;
  series: Record<string, Float64Array>;
}

export type LogCategory =
  | 'coldStart'
  | 'throttle'
  | 'error'
  | 'timeout'
  | 'report'
  | 'retry'
  | 'deadLetter'
  | 'destination'
  | 'drop'
  | 'scaling'
  | 'recursion'
  | 'patch'
  | 'info';

export interface LogEntry {
  tMs: SimMs;
  nodeId: string;
  level: 'info' | 'warn' | 'error';
  category: LogCategory;
  /** Plain words, with the reason: "Throttled: reserved concurrency 5 of 'resize' is in use; the ALB returns 429". */
  message: string;
}

/** Instantaneous numbers for badges: concurrency, environments, backlog, ... keyed by node id then metric. */
export type LiveState = Record<string, Record<string, number>>;

/** A change made while a run goes on; it takes effect at the current simulated time. */
export type ScenarioPatch =
  | { type: 'nodeConfig'; nodeId: string; config: unknown }
  | { type: 'edgeConfig'; edgeId: string; config: EdgeConfig }
  | { type: 'account'; account: Account };

export type PatchResult = { ok: true } | { ok: false; message: string };

export interface SimulationOptions {
  /** Length of a metrics tick; by default 1 s, coarser for long runs so a run has at most about 20,000 ticks. */
  tickMs?: number;
  /** Most START/END/REPORT lines kept per simulated second (notable events are always kept). */
  reportLinesPerSecond?: number;
  /** A run that handles more events than this at one simulated instant is stuck in a loop that passes no time: it stops with an error naming the nodes. */
  maxEventsAtOneInstant?: number;
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly nowMs: SimMs;
  readonly endMs: SimMs;
  readonly done: boolean;
  readonly eventsProcessed: number;
  /** Runs every event at or before `timeMs` (capped at the end), or stops after `maxEvents`. */
  advanceTo(timeMs: SimMs, maxEvents?: number): void;
  /** The ticks completed since the last call, or null. */
  takeTicks(): TickBatch | null;
  takeLog(): LogEntry[];
  live(): LiveState;
  applyPatch(patch: ScenarioPatch): PatchResult;
  summary(): SimulationSummary;
}
