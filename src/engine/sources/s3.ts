/**
 * An S3 bucket with an event notification to its functions (lambda-model.md §7,
 * Part 1): each object written whose key matches the prefix and suffix filter
 * (a share of `filterMatchRatio`) notifies every function asynchronously after
 * a delivery delay (lognormal, median 1 s, p99 30 s by default). Objects also
 * arrive from writes and on-failure records, and notify the same way, which is
 * how an S3 loop is built (§9).
 */
import type { NodeOfKind } from '../../model';
import type { Delivery, EngineContext, SimNode, TrafficHandle } from '../ports';
import type { PatchResult, ResourceSummary } from '../api';
import { AsyncFanOut } from './asyncFanOut';
import { ResourceCounters } from './resourceCounters';

/** Above this many notifications in one arrival, delays are drawn for groups rather than for each one. */
const MAX_DELAY_DRAWS = 32;

type S3Config = NodeOfKind<'s3'>['config'];

export function createS3Node(node: NodeOfKind<'s3'>, ctx: EngineContext): SimNode {
  let config: S3Config = node.config;
  const counters = new ResourceCounters();
  const fanOut = new AsyncFanOut(ctx, node.id, counters, 'NotificationsDelivered');
  const written = ctx.metrics.series(node.id, 'ObjectsWritten', 'sum');
  let traffic: TrafficHandle | null = null;
  let pending = 0;

  const notifyLater = (count: number, chainDepth: number) => {
    const groups = Math.min(count, MAX_DELAY_DRAWS);
    for (let g = 0; g < groups; g++) {
      const share = Math.floor(count / groups) + (g < count % groups ? 1 : 0);
      pending += share;
      counters.noteBacklog(pending);
      ctx.kernel.after(ctx.rng.sample(config.deliveryDelayMs), () => {
        pending -= share;
        fanOut.send(share, chainDepth);
      });
    }
  };

  const store = (count: number, chainDepth: number, matchesFilter = true) => {
    counters.arrived += count;
    written.add(count);
    if (!matchesFilter) return;
    const matching = config.filterMatchRatio >= 1 ? count : ctx.rng.binomial(count, config.filterMatchRatio);
    counters.add('notifications', matching);
    if (matching > 0) notifyLater(matching, chainDepth);
  };

  return {
    id: node.id,
    kind: 's3',
    start() {
      traffic = ctx.startTraffic(config.traffic, (count) => store(count, 0));
    },
    receive(delivery: Delivery) {
      store(delivery.count, delivery.chainDepth, delivery.via !== 'writes' || config.writesMatchFilter);
    },
    applyConfig(next: unknown): PatchResult {
      config = next as S3Config;
      traffic?.setTraffic(config.traffic);
      return { ok: true };
    },
    live: () => ({ backlog: pending, objects: counters.arrived }),
    summary: (): ResourceSummary => counters.summary('s3'),
  };
}
