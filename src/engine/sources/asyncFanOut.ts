/**
 * Push sources hand each event to every subscriber: a function gets it as an
 * asynchronous invoke (lambda-model.md §7), and the function's internal queue,
 * retries and destinations (§5) take over from there; an SQS queue subscribed
 * to a topic gets it as a message.
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

  /** Every subscriber receives `count` events, carrying the chain depth on (§9). */
  send(count: number, chainDepth: number): void {
    if (count <= 0) return;
    for (const targetId of triggeredFunctions(this.ctx, this.nodeId)) {
      this.ctx.deliver(targetId, { sourceId: this.nodeId, count, chainDepth, via: 'trigger' });
      this.counters.delivered += count;
      this.deliveredSeries.add(count);
    }
  }
}
