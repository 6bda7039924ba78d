import type { NodeKind, Traffic } from '../../../model';
import type { PatchResult, ResourceSummary } from '../../api';
import type { EngineContext, FunctionPort, MetricHandle, SimNode, TrafficHandle } from '../../ports';

export type CallerStatus = 200 | 202 | 429 | 500 | 502 | 504;
const STATUSES: readonly CallerStatus[] = [200, 202, 429, 500, 502, 504];

/** A small index per status: numeric object keys like 200 would make V8 store them as slow sparse elements. */
function statusIndex(status: CallerStatus): number {
  switch (status) {
    case 200:
      return 0;
    case 202:
      return 1;
    case 429:
      return 2;
    case 500:
      return 3;
    case 502:
      return 4;
    case 504:
      return 5;
  }
}

/**
 * What every synchronous caller shares: its traffic, its trigger edges (a
 * caller with several splits its requests evenly at random between them),
 * HTTP status counts and the ResourceSummary. Each kind decides, in its own
 * file, how it invokes and what status a result becomes.
 */
export abstract class SyncCaller implements SimNode {
  protected targets: FunctionPort[] = [];
  private traffic: TrafficHandle | null = null;
  arrived = 0;
  private readonly counts = new Float64Array(STATUSES.length);
  private readonly statusSeries: MetricHandle[];
  private readonly requestSeries: MetricHandle;
  protected readonly latencySeries: MetricHandle;
  protected readonly retrySeries: MetricHandle;
  private readonly onArrivalBound = (count: number) => this.onArrivals(count);

  constructor(
    readonly id: string,
    readonly kind: NodeKind,
    protected readonly ctx: EngineContext,
    protected trafficConfig: Traffic,
  ) {
    const s = (name: string) => ctx.metrics.series(id, name, 'sum');
    this.statusSeries = STATUSES.map((status) => s(`Status${status}`));
    this.requestSeries = s('Requests');
    this.retrySeries = s('ClientRetries');
    this.latencySeries = ctx.metrics.series(id, 'Latency', 'max');
    // Latency is a peak of events, not a level: a tick without answers shows 0, not the last one.
    ctx.metrics.onBeforeClose?.(() => this.latencySeries.set(0));
  }

  start(): void {
    this.targets = this.ctx
      .outgoing(this.id)
      .filter((e) => e.kind === 'trigger')
      .map((e) => this.ctx.fn(e.target));
    if (this.targets.length > 0) this.traffic = this.ctx.startTraffic(this.trafficConfig, this.onArrivalBound);
  }

  private onArrivals(count: number): void {
    this.arrived += count;
    this.requestSeries.add(count);
    for (let i = 0; i < count; i++) this.handle(this.pickTarget());
  }

  protected pickTarget(): FunctionPort {
    const t = this.targets;
    return t.length === 1 ? t[0] : t[this.ctx.rng.int(t.length)];
  }

  /** One request that arrived now. */
  protected abstract handle(target: FunctionPort): void;

  protected answer(status: CallerStatus, latencyMs: number): void {
    const i = statusIndex(status);
    if (this.counts[i] === 0 && status !== 200 && status !== 202)
      this.ctx.log({
        nodeId: this.id,
        level: status === 429 ? 'warn' : 'error',
        category: status === 429 ? 'throttle' : 'error',
        message: `First ${status} of the run: ${this.whyStatus(status)}`,
      });
    this.counts[i]++;
    this.statusSeries[i].add(1);
    this.latencySeries.set(latencyMs);
  }

  /** Why this caller answers a failing status, for the first-of-kind log line; kinds with their own reasons override it. */
  protected whyStatus(status: CallerStatus): string {
    switch (status) {
      case 429:
        return 'Lambda throttled the invocation (no concurrency left), and the caller passed the 429 on';
      case 500:
        return 'Lambda refused the invocation request';
      case 502:
        return 'the function returned an error or timed out';
      case 504:
        return 'the caller gave up waiting for the function';
      default:
        return `answered ${status}`;
    }
  }

  /** Requests answered so far, whatever the status. */
  get answered(): number {
    let n = 0;
    for (let i = 0; i < this.counts.length; i++) n += this.counts[i];
    return n;
  }

  protected setTraffic(traffic: Traffic): void {
    this.trafficConfig = traffic;
    this.traffic?.setTraffic(traffic);
  }

  /** A new config during a run, already validated against the kind's schema (patches.ts): the traffic changes at once. */
  applyConfig(config: unknown): PatchResult {
    this.setTraffic((config as { traffic: Traffic }).traffic);
    return { ok: true };
  }

  live(): Record<string, number> {
    return { arrived: this.arrived, inFlight: this.arrived - this.answered, ...this.statusMetrics() };
  }

  /** How many requests got this status so far. */
  count(status: CallerStatus): number {
    return this.counts[statusIndex(status)];
  }

  private statusMetrics(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const status of STATUSES) out[`Status${status}`] = this.count(status);
    return out;
  }

  protected extraMetrics(): Record<string, number> {
    return {};
  }

  summary(): ResourceSummary {
    const c = (status: CallerStatus) => this.count(status);
    return {
      kind: this.kind,
      arrived: this.arrived,
      delivered: c(200) + c(202),
      rejected: c(429) + c(500) + c(502) + c(504),
      dropped: 0,
      deadLettered: 0,
      maxBacklog: 0,
      metrics: { ...this.statusMetrics(), InFlight: this.arrived - this.answered, ...this.extraMetrics() },
    };
  }
}
