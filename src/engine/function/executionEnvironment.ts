import type { InvokeOutcome } from '../ports';
import type { EventTarget } from '../kernel/eventQueue';

/** The function that owns environments; an environment's events come back to it. */
export interface EnvironmentOwner {
  readonly id: string;
  finish(env: ExecutionEnvironment): void;
}

/**
 * One execution environment (§2): one request at a time. It carries the
 * invocation it is running, so a completion needs no object of its own.
 */
export class ExecutionEnvironment implements EventTarget {
  state: 'idle' | 'busy' | 'retired' = 'idle';
  idleSinceMs = 0;
  /** When an idle environment is reaped: idle keep-alive or maximum lifetime, whichever comes first. */
  expiresAtMs = Infinity;
  /** After a timeout or crash the environment is reset: the next invoke runs a suppressed init (§2.1). */
  needsReinit = false;
  /** Why it was last reset: said in the log line of the suppressed init. */
  resetCause: 'timeout' | 'crash' | 'outOfMemory' = 'timeout';
  /** A new on-demand environment: its first invoke is a cold start. */
  fresh = false;
  /** Tenant isolation mode: the one tenant this environment serves (0 when the mode is off). */
  tenant = 0;
  /** Position in the idle pool (random routing), or -1. */
  idleIndex = -1;

  // The invocation in flight.
  /** The invocation came from the function's async queue (else a synchronous caller or poller). */
  isAsync = false;
  onDone: ((outcome: InvokeOutcome) => void) | null = null;
  status: InvokeOutcome['status'] = 'success';
  failedRecords = 0;
  /** The runtime died during this invocation (§2.1): the environment is reset when it ends. */
  failure: 'crash' | 'outOfMemory' | null = null;
  /** What the invocation used, for REPORT's Max Memory Used (NaN: the function states none). */
  memoryUsedMB = Number.NaN;
  batchSize = 1;
  coldStart = false;
  /** Counted in the account's unreserved busy environments when it started (§1.2). */
  countsUnreserved = false;
  startedMs = 0;
  durationMs = 0;
  /** For the REPORT line written when the invocation ends. */
  billedDurationMs = 0;
  initReportedMs = 0;
  chainDepth = 0;
  /** Async only: when the event was first queued, and the retries it has used. */
  asyncEnqueuedMs = 0;
  asyncAttempts = 0;

  constructor(
    readonly owner: EnvironmentOwner,
    /** Creation order across the function: "newest" routing takes the highest. */
    readonly serial: number,
    readonly provisioned: boolean,
    readonly createdMs: number,
  ) {}

  fire(): void {
    this.owner.finish(this);
  }
  get ownerId(): string {
    return this.owner.id;
  }
}
