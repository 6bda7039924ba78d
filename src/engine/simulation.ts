import type { Account, Scenario, ScenarioEdge } from '../model';
import type { FunctionSummary, LiveState, LogEntry, PatchResult, ResourceSummary, ScenarioPatch, Simulation, TenantIsolationSummary, SimulationOptions, SimulationSummary, TickBatch } from './api';
import { AccountPool } from './concurrency/accountPool';
import { projectMonth } from './cost/monthlyProjection';
import { priceUsage } from './cost/pricing';
import { LambdaFunction } from './function/lambdaFunction';
import { InertNode } from './inertNode';
import { EdgeEffects } from './invoke/edgeEffects';
import { createCaller } from './invoke/syncCallers';
import { startArrivals } from './kernel/arrivals';
import { SimKernel } from './kernel/kernel';
import { BoundedLog } from './kernel/log';
import { defaultTickMs, Metrics } from './kernel/metrics';
import { SeededRng } from './kernel/rng';
import { rngStream } from './kernel/rngStreams';
import { ACCOUNT_NODE_ID } from './metricNames';
import { describeChange } from './patchDescription';
import { applyPatch } from './patches';
import type { Delivery, EngineContext, FunctionPort, SimNode } from './ports';
import type { EventTarget } from './kernel/eventQueue';
import { createSourceNode } from './sources/registry';

const DEFAULT_REPORT_LINES_PER_SECOND = 5;
/** Far above any real burst (a burst arrives as one event); about a second of spinning before the run stops. */
export const DEFAULT_MAX_EVENTS_AT_ONE_INSTANT = 10_000_000;

/** One run of a scenario: the kernel, the account, the functions and every other node, wired by the scenario's edges. */
export class SimulationRun implements Simulation {
  readonly scenario: Scenario;
  readonly endMs: number;
  readonly kernel = new SimKernel();
  readonly rng: SeededRng;
  readonly metrics: Metrics;
  readonly log: BoundedLog;
  readonly pool: AccountPool;
  account: Account;
  readonly functions = new Map<string, LambdaFunction>();
  readonly nodes = new Map<string, SimNode>();
  private readonly outgoingEdges = new Map<string, ScenarioEdge[]>();
  private readonly incomingEdges = new Map<string, ScenarioEdge[]>();
  private readonly nodeConfigs = new Map<string, unknown>();
  private readonly edgeEffects: EdgeEffects;
  readonly ctx: EngineContext;
  private finished = false;
  private readonly maxEventsAtOneInstant: number;
  /** The simulated instant of the last event, and how many events ran at it. */
  private instantMs = -1;
  private eventsAtInstant = 0;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenario = scenario;
    this.account = scenario.account;
    this.endMs = scenario.durationSeconds * 1000;
    this.maxEventsAtOneInstant = options.maxEventsAtOneInstant ?? DEFAULT_MAX_EVENTS_AT_ONE_INSTANT;
    this.rng = new SeededRng(scenario.seed);
    this.metrics = new Metrics(options.tickMs ?? defaultTickMs(this.endMs), this.kernel);
    this.log = new BoundedLog(this.kernel, options.reportLinesPerSecond ?? DEFAULT_REPORT_LINES_PER_SECOND);
    this.pool = new AccountPool(this.account);
    const m = this.metrics;
    this.pool.gauges = {
      concurrency: m.series(ACCOUNT_NODE_ID, 'ConcurrentExecutions', 'max'),
      unreserved: m.series(ACCOUNT_NODE_ID, 'UnreservedConcurrentExecutions', 'max'),
      claimed: m.series(ACCOUNT_NODE_ID, 'ClaimedAccountConcurrency', 'max'),
    };
    m.onBeforeClose(() => this.pool.refreshGauges());
    const accountThrottles = m.series(ACCOUNT_NODE_ID, 'Throttles', 'sum');
    const accountCost = m.series(ACCOUNT_NODE_ID, 'CostUSD', 'sum');

    for (const node of scenario.nodes) {
      this.nodeConfigs.set(node.id, node.config);
      this.outgoingEdges.set(node.id, []);
      this.incomingEdges.set(node.id, []);
    }
    for (const edge of scenario.edges) {
      this.outgoingEdges.get(edge.source)?.push(edge);
      this.incomingEdges.get(edge.target)?.push(edge);
    }
    const deliver = (targetId: string, delivery: Delivery) => this.deliver(targetId, delivery);
    const outgoing = (id: string) => this.outgoingEdges.get(id) ?? [];
    const seed = scenario.seed;
    this.edgeEffects = new EdgeEffects(rngStream(seed, '', 'edges'), deliver, outgoing, (id) => this.functions.has(id));

    const kernel = this.kernel;
    const rng = this.rng;
    const endMs = this.endMs;
    const log = this.log;
    this.ctx = {
      kernel,
      rng,
      metrics: m,
      log: (entry) => log.push(entry),
      startTraffic: (traffic, onArrival) => startArrivals(kernel, rng, traffic, endMs, onArrival),
      fn: (id) => this.functionPort(id),
      deliver,
      outgoing,
      incoming: (id) => this.incomingEdges.get(id) ?? [],
      scalingModel: this.account.scalingModel,
      endMs,
    };

    for (const node of scenario.nodes) {
      if (node.kind !== 'function') continue;
      const fn = new LambdaFunction(node.id, node.config, {
        kernel,
        endMs,
        rng: rngStream(seed, node.id, 'requests'),
        // Its own stream: crashes and memory use leave every other draw of the function as it was.
        failureRng: rngStream(seed, node.id, 'failures'),
        // And tenant ids (tenant isolation mode) too: nothing is drawn from it when the mode is off.
        tenantRng: rngStream(seed, node.id, 'tenants'),
        metrics: m,
        log,
        pool: this.pool,
        account: () => this.account,
        accountThrottles,
        accountCost,
        hasSuccessEffects: (id) => outgoing(id).some((e) => e.kind === 'writes' || e.kind === 'onSuccess'),
        succeeded: (f, chainDepth, isAsync) => {
          const records = this.edgeEffects.succeeded(f.id, chainDepth, isAsync);
          if (records > 0) f.stats.m.destinations.add(records);
        },
        sendToFailureTargets: (f, condition, count, chainDepth) => {
          const sent = this.edgeEffects.failed(f.id, condition, count, chainDepth);
          if (sent > 0) f.stats.m.destinations.add(sent);
          return sent > 0;
        },
      });
      this.functions.set(node.id, fn);
    }
    for (const node of scenario.nodes) {
      if (node.kind === 'function') continue;
      const arrivalsRng = rngStream(seed, node.id, 'arrivals');
      const nodeCtx: EngineContext = {
        ...this.ctx,
        kernel: kernel.ownedBy(node.id),
        rng: rngStream(seed, node.id, 'node'),
        startTraffic: (traffic, onArrival) => startArrivals(kernel, arrivalsRng, traffic, endMs, onArrival, node.id),
      };
      const live = createCaller(node, nodeCtx) ?? createSourceNode(node, nodeCtx) ?? new InertNode(node);
      this.nodes.set(node.id, live);
    }
    for (const fn of this.functions.values()) fn.start();
    for (const node of this.nodes.values()) node.start();
  }

  private functionPort(id: string): FunctionPort {
    const fn = this.functions.get(id);
    if (!fn) throw new Error(`no function with id "${id}"`);
    return fn;
  }

  deliver(targetId: string, delivery: Delivery): void {
    const fn = this.functions.get(targetId);
    if (fn) {
      fn.invokeAsync({ sourceId: delivery.sourceId, chainDepth: delivery.chainDepth, count: delivery.count });
      return;
    }
    this.nodes.get(targetId)?.receive?.(delivery);
  }

  get nowMs(): number {
    return this.kernel.now;
  }
  get done(): boolean {
    return this.finished;
  }
  get eventsProcessed(): number {
    return this.kernel.eventsProcessed;
  }

  advanceTo(timeMs: number, maxEvents = Infinity): void {
    if (this.finished) return;
    const limit = Math.min(timeMs, this.endMs);
    const kernel = this.kernel;
    const queue = kernel.queue;
    const metrics = this.metrics;
    let tickEnd = metrics.openTickEndMs;
    let budget = maxEvents;
    while (budget > 0) {
      const next = queue.peekTimeMs();
      if (next > limit) break;
      // Ticks close before any event at or after their end; the last one after the events at the end instant, which the summary counts.
      if (next >= tickEnd) {
        while (next >= tickEnd && tickEnd < this.endMs) {
          kernel.now = tickEnd;
          metrics.closeTick();
          tickEnd = metrics.openTickEndMs;
        }
      }
      queue.pop();
      const t = queue.poppedTimeMs;
      if (t !== this.instantMs) {
        this.instantMs = t;
        this.eventsAtInstant = 0;
      } else if (++this.eventsAtInstant > this.maxEventsAtOneInstant) this.stall(queue.poppedTarget!);
      kernel.now = t;
      kernel.eventsProcessed++;
      queue.poppedTarget!.fire(queue.poppedArg);
      budget--;
    }
    if (budget > 0) {
      while (tickEnd <= limit) {
        kernel.now = tickEnd;
        metrics.closeTick();
        tickEnd = metrics.openTickEndMs;
      }
      if (limit > kernel.now) kernel.now = limit;
      if (limit >= this.endMs && queue.peekTimeMs() > this.endMs) this.finish();
    }
  }

  /** Stops a run whose time no longer moves on, naming the nodes whose events fill the instant. */
  private stall(current: EventTarget): never {
    this.finished = true;
    const owners = new Map<string, number>();
    for (const target of [current, ...this.kernel.queue.targetsAt(this.instantMs, 10_000)]) {
      const id = target.ownerId ?? 'the engine';
      owners.set(id, (owners.get(id) ?? 0) + 1);
    }
    const names = [...owners.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => (id === 'the engine' ? id : `"${id}"`))
      .join(', ');
    throw new Error(
      `The run stopped at ${(this.instantMs / 1000).toFixed(3)} s: more than ${this.maxEventsAtOneInstant.toLocaleString('en-US')} events happened at that one instant, so simulated time could not move on. ` +
        `Nodes involved: ${names}. Look for a loop between them that takes no time (a zero delay, a zero duration, a destination that leads back).`,
    );
  }

  private finish(): void {
    // A last, partial tick when the duration is not a whole number of ticks.
    if (this.metrics.ticksClosed * this.metrics.tickMs < this.endMs) {
      this.kernel.now = this.endMs;
      this.metrics.closeTick();
    }
    this.kernel.now = this.endMs;
    this.finished = true;
  }

  takeTicks(): TickBatch | null {
    return this.metrics.take();
  }

  takeLog(): LogEntry[] {
    return this.log.take();
  }

  live(): LiveState {
    const out: LiveState = {};
    for (const [id, fn] of this.functions) {
      out[id] = {
        concurrency: fn.busyEnvironments,
        environments: fn.liveEnvironments,
        idleEnvironments: fn.idleEnvironments,
        provisionedConcurrency: fn.provisioned.allocated,
        reservedConcurrency: fn.config.reservedConcurrency ?? -1,
        invocations: fn.stats.invocations,
        throttles: fn.stats.throttles,
        coldStarts: fn.stats.coldStarts,
        errors: fn.stats.errors,
        asyncQueued: fn.asyncQueue.queued,
      };
    }
    for (const [id, node] of this.nodes) out[id] = node.live();
    out[ACCOUNT_NODE_ID] = {
      concurrency: this.pool.totalBusy,
      concurrencyLimit: this.pool.limit,
      unreservedConcurrency: this.pool.unreservedBusy,
      unreservedCapacity: this.pool.unreservedCapacity(),
    };
    return out;
  }

  applyPatch(patch: ScenarioPatch): PatchResult {
    const result = applyPatch(this, patch);
    const at = `${(this.kernel.now / 1000).toFixed(1)} s`;
    let message: string;
    if (result.ok) {
      const change = describeChange(result.before, result.after);
      message = change ? `Changed during the run at ${at}: ${change}; effective now` : `Applied during the run at ${at}: no setting differs from before`;
    } else {
      message = `Change refused at ${at}: ${result.message}`;
    }
    this.log.push({
      nodeId: patch.type === 'nodeConfig' ? patch.nodeId : patch.type === 'edgeConfig' ? patch.edgeId : ACCOUNT_NODE_ID,
      level: result.ok ? 'info' : 'warn',
      category: 'patch',
      message,
    });
    return result.ok ? { ok: true } : result;
  }

  /** The configuration a non-function node runs with now (the scenario's, or the last change's). */
  nodeConfig(nodeId: string): unknown {
    return this.nodeConfigs.get(nodeId);
  }
  setNodeConfig(nodeId: string, config: unknown): void {
    this.nodeConfigs.set(nodeId, config);
  }

  /** Replaces an edge's config in place, so every holder of the edge lists sees it. */
  replaceEdge(edge: ScenarioEdge): void {
    for (const list of [this.outgoingEdges.get(edge.source), this.incomingEdges.get(edge.target)]) {
      if (!list) continue;
      const i = list.findIndex((e) => e.id === edge.id);
      if (i >= 0) list[i] = edge;
    }
  }

  edgeById(edgeId: string): ScenarioEdge | undefined {
    for (const list of this.outgoingEdges.values()) for (const e of list) if (e.id === edgeId) return e;
    return undefined;
  }

  summary(): SimulationSummary {
    const now = this.kernel.now;
    const simulatedSeconds = now / 1000;
    const functions: Record<string, FunctionSummary> = {};
    const usages = [];
    let totalCostUSD = 0;
    for (const [id, fn] of this.functions) {
      fn.finalizeUsage();
      const s = fn.stats;
      const bill = priceUsage(fn.usage, fn.config.architecture, false);
      totalCostUSD += bill.totalUSD;
      usages.push({ architecture: fn.config.architecture, usage: fn.usage });
      const q = fn.asyncQueue;
      functions[id] = {
        invocations: s.invocations,
        coldStarts: s.coldStarts,
        throttles: s.throttles,
        errors: s.errors,
        timeouts: s.timeouts,
        crashes: s.crashes,
        outOfMemory: s.outOfMemory,
        ...tenantField(fn.tenantSummary()),
        maxConcurrency: s.concurrency.max,
        meanConcurrency: s.concurrency.meanTo(now),
        meanEnvironments: s.environments.meanTo(now),
        durationMs: s.durationPercentiles(),
        cost: bill,
        asyncEventsReceived: q.received,
        asyncEventsDropped: q.gaveUp,
        asyncEventsDeadLettered: q.deadLettered,
        asyncEventsSucceeded: q.succeeded,
        asyncEventsQueued: q.queued,
        asyncEventsInFlight: q.inFlight,
        provisionedConcurrencyInvocations: s.provisionedInvocations,
        provisionedConcurrencySpilloverInvocations: s.spilloverInvocations,
        recursiveInvocationsDropped: s.recursiveDropped,
      };
    }
    const resources: Record<string, ResourceSummary> = {};
    for (const [id, node] of this.nodes) resources[id] = node.summary();
    return {
      scenarioName: this.scenario.name,
      seed: this.scenario.seed,
      simulatedSeconds,
      wallMs: 0,
      events: this.kernel.eventsProcessed,
      functions,
      resources,
      account: { maxConcurrency: this.pool.concurrency.max, meanConcurrency: this.pool.concurrency.meanTo(now), totalCostUSD },
      monthlyProjection: projectMonth(usages, simulatedSeconds),
    };
  }
}

/** The summary's tenant isolation figures, only for a function that uses the mode (other summaries keep their keys). */
function tenantField(t: TenantIsolationSummary | null): { tenantIsolation?: TenantIsolationSummary } {
  return t === null ? {} : { tenantIsolation: t };
}
