import type { Account, Distribution, FunctionConfig } from '../../model';
import { ProvisionedBillingSpan } from '../cost/provisionedBilling';
import type { AccountPool } from '../concurrency/accountPool';
import { createFunctionScalingBucket } from '../concurrency/scalingBucket';
import type { TokenBucket } from '../concurrency/tokenBucket';
import { emptyUsage, gigabytes, type Usage } from '../cost/pricing';
import { PROVISIONED_PRICE_PER_GBS, REQUEST_PRICE_USD, TENANT_ENVIRONMENT_PRICE_PER_GB } from '../cost/prices';
import { AsyncQueue, type FailureCondition } from '../invoke/asyncQueue';
import type { SimKernel } from '../kernel/kernel';
import type { BoundedLog } from '../kernel/log';
import type { Metrics } from '../kernel/metrics';
import type { SeededRng } from '../kernel/rng';
import type { Admission, FunctionPort, InvokeOutcome, InvokeRequest, RefusalReason } from '../ports';
import { TenantDraw, TenantPools } from './tenantRouting';
import { ExecutionEnvironment, type EnvironmentOwner } from './executionEnvironment';
import { FunctionStats } from './functionStats';
import { timeInvocation, type StartKind } from './invocationTiming';
import { ProvisionedConcurrency, type ProvisionedOwner } from './provisionedConcurrency';
import { refusalMessage } from './refusals';
import { drawFailedRecords, InvocationBilling } from './invocationBilling';
import { logAsyncGaveUp, logColdStart, logRecursion, logReport, logRuntimeExit, logThrottle, logTimeout } from './invocationLog';
import { drawRuntimeFailure, type RuntimeFailureDraw } from './runtimeFailures';

/** §9: Lambda stops the 17th invocation of a chain (16 recursive calls are let through). */
export const MAX_CHAIN_INVOCATIONS = 16;
/** How often idle environments are checked for keep-alive and lifetime expiry. */
const SWEEP_INTERVAL_MS = 1000;

/** What a function needs from the rest of the run. */
export interface FunctionDeps {
  readonly kernel: SimKernel;
  /** The end of the run: provisioned concurrency still enabled then is billed to the end of its 5-minute block. */
  readonly endMs: number;
  readonly rng: SeededRng;
  /** Crashes and memory use (runtimeFailures.ts). */
  readonly failureRng: SeededRng;
  /** Tenant ids in tenant isolation mode (tenantRouting.ts). */
  readonly tenantRng: SeededRng;
  readonly metrics: Metrics;
  readonly log: BoundedLog;
  readonly pool: AccountPool;
  account(): Account;
  /** Account-wide per-tick throttle and cost series. */
  readonly accountThrottles: { add(v: number): void };
  readonly accountCost: { add(v: number): void };
  /** Whether the function has `writes` or `onSuccess` edges (the set of edges is fixed for a run). */
  hasSuccessEffects(functionId: string): boolean;
  /** A successful invocation: `writes` edges, and on-success destinations of async events. */
  succeeded(fn: LambdaFunction, chainDepth: number, isAsync: boolean): void;
  /** Async events that gave up: on-failure destination and DLQ; false when neither is configured. */
  sendToFailureTargets(fn: LambdaFunction, condition: FailureCondition, count: number, chainDepth: number): boolean;
}

/**
 * One Lambda function: its execution environments, the admission rules of
 * §1 (reserved and unreserved concurrency, scaling rate, rps cap, recursion
 * guard) and the life of each invocation (§2). Its async queue is §5.
 */
export class LambdaFunction implements FunctionPort, EnvironmentOwner, ProvisionedOwner {
  config: FunctionConfig;
  /** The memory at which `config.durationMs` holds (cpuBoundFraction scales from it). */
  private referenceMemoryMB: number;
  readonly stats: FunctionStats;
  readonly asyncQueue: AsyncQueue;
  readonly usage: Usage = emptyUsage();
  private readonly idle: TenantPools;
  /** Tenant isolation mode: draws each invocation's tenant; null when the mode is off. */
  private readonly tenantDraw: TenantDraw | null;
  /** Tenants that had an invocation start, and new tenant-isolated environments. */
  private readonly tenantsSeen = new Set<number>();
  private tenantEnvironments = 0;
  readonly provisioned: ProvisionedConcurrency;
  private readonly scalingBucket: TokenBucket;
  private busy = 0;
  private live = 0;
  private serial = 0;
  private sweepPending = false;
  private readonly admitted: Admission = { admitted: true, coldStart: false };
  private readonly admittedCold: Admission = { admitted: true, coldStart: true };
  private refusals = new Map<RefusalReason, Admission>();
  /** Shared with every caller; valid only during its `onDone` callback. */
  private readonly outcome: InvokeOutcome = {
    status: 'success',
    failedRecords: 0,
    coldStart: false,
    startedMs: 0,
    endedMs: 0,
    durationMs: 0,
  };
  private readonly sweeper: { fire(): void; readonly ownerId: string };
  private readonly retireAt = (env: ExecutionEnvironment) => this.retire(env, env.expiresAtMs);
  private lastPcIntegral = 0;
  private readonly pcBilling = new ProvisionedBillingSpan();
  private lastConcurrencyIntegral = 0;
  private readonly hasSuccessEffects: boolean;
  private billing: InvocationBilling;
  private readonly failureDraw: RuntimeFailureDraw = { failure: null, handlerShare: 1, memoryUsedMB: Number.NaN };
  private initBilled = true;
  private lifetimeMs = Infinity;
  /** Idle keep-alive: milliseconds, or a distribution in seconds drawn per idle period. */
  private keepAlive: number | Distribution = 0;

  constructor(
    readonly id: string,
    config: FunctionConfig,
    private readonly deps: FunctionDeps,
  ) {
    this.config = config;
    this.sweeper = { fire: () => this.sweep(), ownerId: id };
    this.billing = new InvocationBilling(config);
    this.referenceMemoryMB = config.referenceMemoryMB ?? config.memoryMB;
    this.stats = new FunctionStats(deps.metrics, id);
    this.idle = new TenantPools(deps.account().routing, deps.rng);
    this.tenantDraw = config.tenantIsolation === null ? null : new TenantDraw(config.tenantIsolation, deps.tenantRng);
    if (config.tenantIsolation !== null) this.usage.tenantEnvironmentGB = 0;
    this.scalingBucket = createFunctionScalingBucket();
    this.provisioned = new ProvisionedConcurrency(this, deps.kernel);
    const current = () => this.config;
    this.asyncQueue = new AsyncQueue(deps.kernel, {
      startAsync: (enqueuedMs, attempts, chainDepth) => this.startAsync(enqueuedMs, attempts, chainDepth),
      get reservedZero() {
        return current().reservedConcurrency === 0;
      },
      get maximumRetryAttempts() {
        return current().async.maximumRetryAttempts;
      },
      get maximumEventAgeMs() {
        return current().async.maximumEventAgeSeconds * 1000;
      },
      sendToFailureTargets: (condition, count, chainDepth) => deps.sendToFailureTargets(this, condition, count, chainDepth),
      onThrottled: (reason, count) => this.countThrottle(reason, count),
      onRecursionStopped: (count) => this.countRecursion(count),
      onGaveUp: (condition, count, deadLettered) => this.onAsyncGaveUp(condition, count, deadLettered),
    }, id);
    this.hasSuccessEffects = deps.hasSuccessEffects(id);
    this.accountChanged(deps.account());
    deps.pool.join(this);
    deps.metrics.onBeforeClose(() => this.closeTick());
  }

  get timeoutMs(): number {
    return this.config.timeoutSeconds * 1000;
  }
  get reservedConcurrency(): number | null {
    return this.config.reservedConcurrency;
  }
  /**
   * Provisioned concurrency is set aside from the moment it is configured, through the allocation
   * delay (§12 ClaimedAccountConcurrency counts "total provisioned concurrency"); after a cut, the
   * environments still busy stay claimed until their request ends.
   */
  get provisionedClaimed(): number {
    return Math.max(this.provisioned.target, this.provisioned.allocated);
  }
  get busyEnvironments(): number {
    return this.busy;
  }
  get liveEnvironments(): number {
    return this.live;
  }
  get idleEnvironments(): number {
    return this.idle.size;
  }

  /** Provisioned environments exist from t = 0 when the scenario configures them (§1.3). */
  start(): void {
    this.provisioned.startWith(this.config.provisionedConcurrency);
  }

  invokeSync(request: InvokeRequest, onDone: (outcome: InvokeOutcome) => void): Admission {
    if (request.chainDepth >= MAX_CHAIN_INVOCATIONS) return this.refuse('RecursiveInvocationLoopDetected');
    // §1.1: synchronous requests count against the account's requests-per-second cap.
    if (!this.deps.pool.admitRequest(this.deps.kernel.now)) return this.refuse('FunctionInvocationRateLimitExceeded');
    const env = this.acquire();
    if (typeof env === 'string') return this.refuse(env);
    const cold = this.begin(env, false, request.batchSize, request.poisonRecords ?? 0, request.reportBatchItemFailures ?? false, request.chainDepth);
    env.onDone = onDone;
    return cold ? this.admittedCold : this.admitted;
  }

  invokeAsync(event: { sourceId: string; chainDepth: number; count?: number; requestUnits?: number }): void {
    const count = event.count ?? 1;
    // §10.1: an event above 256 KB is charged 1 more request per 64 KB. Read as a charge per event
    // ("1 request per each asynchronous Event"), it is billed once, when Lambda accepts it; each
    // run of the event (first try and retries) is billed 1 request as any invocation.
    const extra = (event.requestUnits ?? 1) - 1;
    if (extra > 0) {
      this.usage.requests += extra * count;
      const cost = extra * count * REQUEST_PRICE_USD;
      this.stats.m.cost.add(cost);
      this.deps.accountCost.add(cost);
    }
    this.stats.m.asyncReceived.add(count);
    this.asyncQueue.enqueue(event.chainDepth, count);
    this.stats.m.asyncDepth.set(this.asyncQueue.queued);
  }

  private startAsync(enqueuedMs: number, attempts: number, chainDepth: number): RefusalReason | null {
    if (chainDepth >= MAX_CHAIN_INVOCATIONS) return 'RecursiveInvocationLoopDetected';
    const env = this.acquire();
    if (typeof env === 'string') return env;
    this.begin(env, true, 1, 0, false, chainDepth);
    env.asyncEnqueuedMs = enqueuedMs;
    env.asyncAttempts = attempts;
    env.onDone = null;
    this.stats.m.asyncAge.set(this.deps.kernel.now - enqueuedMs);
    return null;
  }

  /** §1.2–§1.4: a ready provisioned environment, else on-demand within the reservation or the unreserved pool, reusing an idle one or creating one within the scaling rate. */
  private acquire(): ExecutionEnvironment | RefusalReason {
    const reserved = this.config.reservedConcurrency;
    if (reserved === 0) return 'ReservedFunctionConcurrentInvocationLimitExceeded';
    const pool = this.deps.pool;
    // Reserved concurrency caps everything, provisioned included (on-demand spillover may already hold some of it).
    if (reserved !== null && this.busy >= reserved) return 'ReservedFunctionConcurrentInvocationLimitExceeded';
    const pcEnv = this.provisioned.takeIdle();
    if (pcEnv) return pcEnv;
    if (reserved !== null) {
      if (pool.totalBusy >= pool.limit) return 'ConcurrentInvocationLimitExceeded';
    } else if (!pool.hasUnreservedRoom()) return 'ConcurrentInvocationLimitExceeded';
    const now = this.deps.kernel.now;
    // Tenant isolation: only an idle environment of this request's tenant may take it.
    const tenant = this.tenantDraw === null ? 0 : this.tenantDraw.next();
    const warm = this.idle.take(tenant, now, this.retireAt);
    if (warm) return warm;
    const bucket = pool.legacyBurst ?? this.scalingBucket;
    if (!bucket.tryTake(now)) return 'ScalingRateExceeded';
    const env = this.createEnvironment(false);
    env.tenant = tenant;
    if (this.tenantDraw !== null) this.chargeTenantEnvironment();
    return env;
  }

  /** §10.1: each new tenant-isolated environment is charged per GB of the function's memory. */
  private chargeTenantEnvironment(): void {
    const gb = gigabytes(this.config.memoryMB);
    this.tenantEnvironments++;
    this.usage.tenantEnvironmentGB = (this.usage.tenantEnvironmentGB ?? 0) + gb;
    const cost = gb * TENANT_ENVIRONMENT_PRICE_PER_GB;
    this.stats.m.cost.add(cost);
    this.deps.accountCost.add(cost);
  }

  /** Tenant isolation mode: tenants seen and environments created (null when the mode is off). */
  tenantSummary(): { tenants: number; tenantsSeen: number; environmentsCreated: number; environmentsPerTenant: number } | null {
    if (this.tenantDraw === null) return null;
    const seen = this.tenantsSeen.size;
    return {
      tenants: this.tenantDraw.config.tenants,
      tenantsSeen: seen,
      environmentsCreated: this.tenantEnvironments,
      environmentsPerTenant: seen > 0 ? this.tenantEnvironments / seen : 0,
    };
  }

  createEnvironment(provisioned: boolean): ExecutionEnvironment {
    const now = this.deps.kernel.now;
    const env = new ExecutionEnvironment(this, this.serial++, provisioned, now);
    env.fresh = !provisioned;
    this.live++;
    this.stats.environments.set(now, this.live);
    this.stats.m.environments.set(this.live);
    return env;
  }

  /** Starts an invocation on an environment; returns whether it is a cold start. */
  private begin(env: ExecutionEnvironment, isAsync: boolean, batchSize: number, poison: number, reportItemFailures: boolean, chainDepth: number): boolean {
    const deps = this.deps;
    const now = deps.kernel.now;
    const stats = this.stats;
    const config = this.config;
    // A new on-demand environment runs INIT (cold); a reset one runs a suppressed init inside the invoke.
    const kind: StartKind = env.fresh ? 'cold' : env.needsReinit ? 'reinit' : 'warm';
    const resetCause = env.resetCause;
    if (this.tenantDraw !== null) this.tenantsSeen.add(env.tenant);
    const died = drawRuntimeFailure(config, deps.failureRng, this.failureDraw);
    const timing = timeInvocation(config, this.referenceMemoryMB, kind, this.initBilled, deps.rng, died.handlerShare);
    env.needsReinit = false;
    env.fresh = false;
    env.state = 'busy';
    env.isAsync = isAsync;
    env.coldStart = kind !== 'warm';
    env.startedMs = now;
    env.durationMs = timing.durationMs;
    env.batchSize = batchSize;
    env.chainDepth = chainDepth;
    env.failure = null;
    env.memoryUsedMB = died.memoryUsedMB;
    if (timing.timedOut) {
      // A timeout that comes before the runtime dies is a timeout.
      env.status = 'timeout';
      env.failedRecords = batchSize;
    } else {
      const failed = drawFailedRecords(deps.rng, config.errorRate, batchSize, poison);
      env.failedRecords = failed;
      env.status = failed > 0 && !reportItemFailures ? 'error' : 'success';
      if (died.failure !== null) {
        // The runtime died: no response, so the whole batch fails (no batch item failures to report).
        env.failure = died.failure;
        env.status = 'error';
        env.failedRecords = batchSize;
        if (died.failure === 'crash') stats.crashes++;
        else stats.outOfMemory++;
      }
    }
    this.busy++;
    // Remembered so the end of this invocation leaves the same pool it joined, whatever the reservation is by then.
    env.countsUnreserved = config.reservedConcurrency === null && !env.provisioned;
    deps.pool.changeBusy(now, 1, env.countsUnreserved);
    stats.concurrency.set(now, this.busy);
    stats.m.concurrency.set(this.busy);
    stats.countStart(env.coldStart, env.status, env.provisioned, !env.provisioned && this.provisioned.allocated > 0, timing.initReportedMs);
    if (env.coldStart) logColdStart(deps.log, this.id, kind, timing, this.live, resetCause);
    if (env.provisioned) {
      stats.m.pcBusy.set(this.provisioned.busy);
      stats.m.pcUtilization.set(this.provisioned.busy / this.provisioned.allocated);
    }
    const cost = this.billing.bill(this.usage, timing.billedDurationMs, env.provisioned);
    stats.m.cost.add(cost);
    deps.accountCost.add(cost);
    env.billedDurationMs = timing.billedDurationMs;
    env.initReportedMs = timing.initReportedMs;
    deps.kernel.schedule(now + timing.elapsedMs, env, 0);
    return env.coldStart;
  }

  /** An invocation ended (the environment's completion event). */
  finish(env: ExecutionEnvironment): void {
    const deps = this.deps;
    const now = deps.kernel.now;
    const stats = this.stats;
    this.busy--;
    deps.pool.changeBusy(now, -1, env.countsUnreserved);
    stats.concurrency.set(now, this.busy);
    stats.recordDuration(env.durationMs);
    // §2.5: the timeout is logged when it happens, at the end of the time the invocation was allowed.
    if (env.status === 'timeout') logTimeout(deps.log, this.id, env.durationMs / 1000);
    else if (env.failure !== null) logRuntimeExit(deps.log, this.id, env.failure, env.memoryUsedMB, this.config.memoryMB);
    logReport(deps.log, this.id, env, this.config.memoryMB, env.status, env.failure, env.memoryUsedMB);
    // §2.1: a timeout, crash or out-of-memory error resets the environment; the next invoke runs INIT again.
    if (env.status === 'timeout' || env.failure !== null) {
      env.needsReinit = true;
      env.resetCause = env.failure ?? 'timeout';
    }
    // Read everything this invocation needs before the environment is released:
    // a write below may start a new invocation on this very environment.
    const { status, isAsync, chainDepth, asyncEnqueuedMs, asyncAttempts, onDone } = env;
    env.onDone = null;
    const o = this.outcome;
    if (onDone) {
      o.status = status;
      o.failedRecords = env.failedRecords;
      o.coldStart = env.coldStart;
      o.startedMs = env.startedMs;
      o.endedMs = now;
      o.durationMs = env.durationMs;
    }
    this.release(env, now);
    if (status === 'success' && this.hasSuccessEffects) deps.succeeded(this, chainDepth, isAsync);
    if (isAsync) this.asyncQueue.finished(status, asyncEnqueuedMs, asyncAttempts, chainDepth);
    else if (onDone) onDone(o);
    if (isAsync) stats.m.asyncDepth.set(this.asyncQueue.queued);
  }

  private release(env: ExecutionEnvironment, now: number): void {
    if (env.state === 'retired') return;
    if (env.provisioned) {
      if (!this.provisioned.giveBack(env)) this.retire(env, now);
      return;
    }
    const dieAtMs = env.createdMs + this.lifetimeMs;
    // §2.2: environments are recycled every few hours (measured about 2 h), after the request in hand.
    if (dieAtMs <= now || this.resetPending(env)) {
      this.retire(env, now);
      return;
    }
    const keep = this.keepAlive;
    const keepAliveMs = typeof keep === 'number' ? keep : this.deps.rng.sample(keep) * 1000;
    env.state = 'idle';
    env.idleSinceMs = now;
    env.expiresAtMs = Math.min(now + keepAliveMs, dieAtMs);
    this.idle.put(env);
    if (!this.sweepPending) {
      this.sweepPending = true;
      this.deps.kernel.schedule(now + SWEEP_INTERVAL_MS, this.sweeper, 0);
    }
  }

  /** Environments created before the last configuration change are replaced, not reused. */
  private configSerial = 0;
  private resetPending(env: ExecutionEnvironment): boolean {
    return env.serial < this.configSerial;
  }

  /** Retires an environment that really ended at `endedMs` (≤ now). */
  retire(env: ExecutionEnvironment, endedMs: number): void {
    const now = this.deps.kernel.now;
    env.state = 'retired';
    this.live--;
    this.stats.environments.set(now, this.live);
    this.stats.environments.correct(1, Math.max(0, now - Math.min(endedMs, now)));
    this.stats.m.environments.set(this.live);
  }

  private sweep(): void {
    this.sweepPending = false;
    const now = this.deps.kernel.now;
    this.idle.sweep(now, this.retireAt);
    this.stats.m.idle.set(this.idle.size);
    if (this.idle.size > 0) {
      this.sweepPending = true;
      this.deps.kernel.schedule(now + SWEEP_INTERVAL_MS, this.sweeper, 0);
    }
  }

  private refuse(reason: RefusalReason): Admission {
    if (reason === 'RecursiveInvocationLoopDetected') this.countRecursion();
    else this.countThrottle(reason);
    let a = this.refusals.get(reason);
    if (!a) {
      a = { admitted: false, reason, message: refusalMessage(reason, this) };
      this.refusals.set(reason, a);
    }
    return a;
  }

  private countThrottle(reason: RefusalReason, count = 1): void {
    this.stats.throttles += count;
    this.stats.m.throttles.add(count);
    this.deps.accountThrottles.add(count);
    logThrottle(this.deps.log, this, reason);
  }

  private countRecursion(count = 1): void {
    this.stats.recursiveDropped += count;
    this.stats.m.recursion.add(count);
    logRecursion(this.deps.log, this.id, MAX_CHAIN_INVOCATIONS);
  }

  private onAsyncGaveUp(condition: FailureCondition, count: number, deadLettered: boolean): void {
    this.stats.m.asyncDropped.add(count);
    this.stats.m.asyncDepth.set(this.asyncQueue.queued);
    logAsyncGaveUp(this.deps.log, this.id, condition, count, deadLettered);
  }

  /** A new configuration from a live patch, effective now (validated by the caller). */
  applyConfig(next: FunctionConfig): void {
    const prev = this.config;
    const now = this.deps.kernel.now;
    if (next.durationMs !== prev.durationMs && JSON.stringify(next.durationMs) !== JSON.stringify(prev.durationMs)) this.referenceMemoryMB = next.referenceMemoryMB ?? next.memoryMB;
    this.config = next;
    this.billing = new InvocationBilling(next);
    this.refusals.clear();
    // An update of the function's settings makes Lambda create new environments: idle ones are dropped, busy ones retire after their request.
    const resets =
      next.memoryMB !== prev.memoryMB ||
      next.timeoutSeconds !== prev.timeoutSeconds ||
      next.runtime !== prev.runtime ||
      next.architecture !== prev.architecture ||
      next.ephemeralStorageMB !== prev.ephemeralStorageMB ||
      JSON.stringify(next.initDurationMs) !== JSON.stringify(prev.initDurationMs);
    if (resets) {
      this.configSerial = this.serial;
      for (const env of this.idle.drain()) this.retire(env, now);
    }
    if (next.reservedConcurrency !== prev.reservedConcurrency) this.deps.pool.invalidate();
    if (next.provisionedConcurrency !== prev.provisionedConcurrency) this.provisioned.setTarget(next.provisionedConcurrency);
    this.stats.m.idle.set(this.idle.size);
  }

  onProvisionedChange(): void {
    this.pcBilling.change(this.deps.kernel.now, this.provisioned.allocated);
    this.deps.pool.invalidate();
    this.refusals.clear();
  }

  /** The account settings a function reads on its hot path, taken again when the account is patched. */
  accountChanged(account: Account): void {
    this.idle.setRouting(account.routing);
    this.initBilled = account.initBilled;
    this.lifetimeMs = account.maxEnvironmentLifetimeSeconds === null ? Infinity : account.maxEnvironmentLifetimeSeconds * 1000;
    const keep = account.idleKeepAliveSeconds;
    this.keepAlive = typeof keep === 'number' ? keep * 1000 : keep;
  }

  /** Per-tick figures: provisioned concurrency configured (billed while allocated), idle count. */
  private closeTick(): void {
    const now = this.deps.kernel.now;
    this.accrueProvisionedUsage(now);
    this.stats.m.pcReady.set(this.provisioned.allocated);
    // §12: ProvisionedConcurrentExecutions / allocated provisioned concurrency; peaks set as environments start.
    this.stats.m.pcBusy.set(this.provisioned.busy);
    this.stats.m.pcUtilization.set(this.provisioned.allocated > 0 ? this.provisioned.busy / this.provisioned.allocated : 0);
    this.stats.m.idle.set(this.idle.size);
    this.stats.m.asyncAge.set(0);
    // Peaks are set on the way up; the level at the tick's end carries into the next tick.
    this.stats.m.concurrency.set(this.busy);
    const concurrencyIntegral = this.stats.concurrency.integralTo(now);
    this.stats.m.concurrencyMean.set((concurrencyIntegral - this.lastConcurrencyIntegral) / this.deps.metrics.tickMs);
    this.lastConcurrencyIntegral = concurrencyIntegral;
    this.stats.m.environments.set(this.live);
  }

  /** Provisioned concurrency is billed for the time it is allocated, at the memory in force (§10.1). */
  private accrueProvisionedUsage(now: number): void {
    const integral = this.stats.provisionedReady.integralTo(now);
    if (now >= this.deps.endMs) this.pcBilling.close(now);
    const environmentMs = integral - this.lastPcIntegral + this.pcBilling.takeOwedEnvironmentMs();
    const gbs = (environmentMs / 1000) * gigabytes(this.config.memoryMB);
    this.lastPcIntegral = integral;
    if (gbs > 0) {
      this.usage.provisionedConfiguredGBs += gbs;
      const cost = gbs * PROVISIONED_PRICE_PER_GBS[this.config.architecture];
      this.stats.m.cost.add(cost);
      this.deps.accountCost.add(cost);
    }
  }

  /** Brings the provisioned-concurrency bill up to now (for a summary). */
  finalizeUsage(): void {
    this.accrueProvisionedUsage(this.deps.kernel.now);
  }
}
