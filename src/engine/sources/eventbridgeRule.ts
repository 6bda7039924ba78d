/**
 * An EventBridge bus with one rule (lambda-model.md §7): `traffic` is the
 * events per second that match the rule; each target function gets each event
 * as an asynchronous invoke. The bus is also a target of destinations and
 * writes, whose events it forwards the same way.
 */
import type { NodeOfKind } from '../../model';
import type { Delivery, EngineContext, SimNode, TrafficHandle } from '../ports';
import type { PatchResult, ResourceSummary } from '../api';
import { AsyncFanOut } from './asyncFanOut';
import { ResourceCounters } from './resourceCounters';

export function createEventbridgeRuleNode(node: NodeOfKind<'eventbridgeRule'>, ctx: EngineContext): SimNode {
  const counters = new ResourceCounters();
  const fanOut = new AsyncFanOut(ctx, node.id, counters, 'Invocations');
  const matched = ctx.metrics.series(node.id, 'MatchedEvents', 'sum');
  let traffic: TrafficHandle | null = null;
  let loopNoted = false;
  const logUndetectedLoop = () => {
    if (loopNoted) return;
    loopNoted = true;
    ctx.log({
      nodeId: node.id,
      level: 'info',
      category: 'recursion',
      message: 'Events written by functions pass through EventBridge: Lambda does not detect loops through EventBridge, so a loop here is not stopped after 16 invocations',
    });
  };

  const route = (count: number, chainDepth: number) => {
    counters.arrived += count;
    matched.add(count);
    fanOut.send(count, chainDepth);
  };

  return {
    id: node.id,
    kind: 'eventbridgeRule',
    start() {
      traffic = ctx.startTraffic(node.config.traffic, (count) => route(count, 0));
    },
    receive(delivery: Delivery) {
      // §9: loop detection follows events through SQS, SNS, S3 and Lambda only; an event
      // that passes through EventBridge starts a new chain, so such a loop is not stopped.
      if (delivery.chainDepth > 0) logUndetectedLoop();
      // Sent from an invocation that is still ending: its targets start in an event of their own.
      ctx.kernel.after(0, () => route(delivery.count, 0));
    },
    applyConfig(config: unknown): PatchResult {
      traffic?.setTraffic((config as NodeOfKind<'eventbridgeRule'>['config']).traffic);
      return { ok: true };
    },
    live: () => ({ matched: counters.arrived }),
    summary: (): ResourceSummary => counters.summary('eventbridgeRule'),
  };
}
