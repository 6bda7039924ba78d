/**
 * Push sources hand each event to every function subscribed to them as an
 * asynchronous invoke (lambda-model.md §7): the function's internal queue,
 * retries and destinations (§5) take over from there.
 */
import type { EngineContext, MetricHandle } from '../ports';
import { triggeredFunctions, type ResourceCounters } from './resourceCounters';

export class AsyncFanOut {
  private readonly deliveredSeries: MetricHandle;

  constructor(
    private readonly ctx: EngineContext,
    private readonly nodeId: string,
    private readonly counters: ResourceCounters,
    deliveredMetric: string,
  ) {
    this.deliveredSeries = ctx.metrics.series(nodeId, deliveredMetric, 'sum');
  }

  /** Every subscribed function receives `count` events, carrying the chain depth on (§9). */
  send(count: number, chainDepth: number): void {
    if (count <= 0) return;
    for (const functionId of triggeredFunctions(this.ctx, this.nodeId)) {
      this.ctx.fn(functionId).invokeAsync({ sourceId: this.nodeId, chainDepth, count });
      this.counters.delivered += count;
      this.deliveredSeries.add(count);
    }
  }
}
