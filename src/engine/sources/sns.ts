/**
 * An SNS topic (lambda-model.md §7): every subscribed function gets each
 * message as an asynchronous invoke. Messages come from the topic's producers
 * (`traffic`) and from deliveries: writes, destinations and dead-letter sends.
 */
import type { NodeOfKind } from '../../model';
import type { Delivery, EngineContext, SimNode, TrafficHandle } from '../ports';
import type { PatchResult, ResourceSummary } from '../api';
import { AsyncFanOut } from './asyncFanOut';
import { ResourceCounters } from './resourceCounters';

export function createSnsNode(node: NodeOfKind<'sns'>, ctx: EngineContext): SimNode {
  const counters = new ResourceCounters();
  const fanOut = new AsyncFanOut(ctx, node.id, counters, 'NumberOfNotificationsDelivered');
  const published = ctx.metrics.series(node.id, 'NumberOfMessagesPublished', 'sum');
  let traffic: TrafficHandle | null = null;

  const publish = (count: number, chainDepth: number) => {
    counters.arrived += count;
    published.add(count);
    fanOut.send(count, chainDepth);
  };

  return {
    id: node.id,
    kind: 'sns',
    start() {
      traffic = ctx.startTraffic(node.config.traffic, (count) => publish(count, 0));
    },
    // A delivery comes from an invocation that is still ending (a write, a destination):
    // its subscribers are invoked in an event of their own, not inside that callback.
    receive(delivery: Delivery) {
      ctx.kernel.after(0, () => publish(delivery.count, delivery.chainDepth));
    },
    applyConfig(config: unknown): PatchResult {
      traffic?.setTraffic((config as NodeOfKind<'sns'>['config']).traffic);
      return { ok: true };
    },
    live: () => ({ published: counters.arrived }),
    summary: (): ResourceSummary => counters.summary('sns'),
  };
}
