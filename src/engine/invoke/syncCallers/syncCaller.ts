import type { NodeKind, Traffic } from '../../../model';
import type { ResourceSummary } from '../../api';
import type { EngineContext, FunctionPort, MetricHandle, SimNode, TrafficHandle } from '../../ports';

export type CallerStatus = 200 | 202 | 429 | 500 | 502 | 504;

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
  answered = 0;
  readonly statusCounts: Record<CallerStatus, number> = { 200: 0, 202: 0, 429: 0, 500: 0, 502: 0, 504: 0 };
  private readonly statusSeries: Record<CallerStatus, MetricHandle>;
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
    this.statusSeries = { 200: s('Status200'), 202: s('Status202'), 429: s('Status429'), 500: s('Status500'), 502: s('Status502'), 504: s('Status504') };
    this.requestSeries = s('Requests');
    this.retrySeries = s('ClientRetries');
    this.latencySeries = ctx.metrics.series(id, 'Latency', 'max');
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
    this.answered++;
    this.statusCounts[status]++;
    this.statusSeries[status].add(1);
    this.latencySeries.set(latencyMs);
  }

  protected setTraffic(traffic: Traffic): void {
    this.trafficConfig = traffic;
    this.traffic?.setTraffic(traffic);
  }

  live(): Record<string, number> {
    return { arrived: this.arrived, inFlight: this.arrived - this.answered, ...this.statusMetrics() };
  }

  private statusMetrics(): Record<string, number> {
    const c = this.statusCounts;
    return { Status200: c[200], Status202: c[202], Status429: c[429], Status500: c[500], Status502: c[502], Status504: c[504] };
  }

  protected extraMetrics(): Record<string, number> {
    return {};
  }

  summary(): ResourceSummary {
    const c = this.statusCounts;
    return {
      kind: this.kind,
      arrived: this.arrived,
      delivered: c[200] + c[202],
      rejected: c[429] + c[500] + c[502] + c[504],
      dropped: 0,
      deadLettered: 0,
      maxBacklog: 0,
      metrics: { ...this.statusMetrics(), InFlight: this.arrived - this.answered, ...this.extraMetrics() },
    };
  }
}
