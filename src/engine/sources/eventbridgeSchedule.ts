/**
 * An EventBridge schedule (lambda-model.md §7, Part 1): `rate(...)` or six-field
 * `cron(...)` in UTC; each scheduled minute fires once, at a random instant
 * within that minute ("runs within that minute, but not on the precise 0th
 * second"), as an asynchronous invoke of every target function. Simulated time
 * 0 is the config's `startAtUTC`.
 */
import type { NodeOfKind } from '../../model';
import type { EngineContext, SimNode, Timer } from '../ports';
import type { PatchResult, ResourceSummary } from '../api';
import { AsyncFanOut } from './asyncFanOut';
import { ResourceCounters } from './resourceCounters';
import { parseSchedule, scheduledMinutes } from './schedule';

const MINUTE_MS = 60_000;

type ScheduleConfig = NodeOfKind<'eventbridgeSchedule'>['config'];

export function createEventbridgeScheduleNode(node: NodeOfKind<'eventbridgeSchedule'>, ctx: EngineContext): SimNode {
  const counters = new ResourceCounters();
  const fanOut = new AsyncFanOut(ctx, node.id, counters, 'Invocations');
  const fired = ctx.metrics.series(node.id, 'TriggeredRules', 'sum');
  let timer: Timer | null = null;

  /** Starts firing from the current simulated time; false with the parser's message when the expression is wrong. */
  const begin = (config: ScheduleConfig): PatchResult => {
    const parsed = parseSchedule(config.expression);
    if (!parsed.ok) return { ok: false, message: `schedule "${config.expression}": ${parsed.message}` };
    const startEpochMs = Date.parse(config.startAtUTC);
    timer?.cancel();
    const minutes = scheduledMinutes(parsed.schedule, startEpochMs + ctx.kernel.now, startEpochMs + ctx.endMs);
    const next = () => {
      const minute = minutes.next();
      if (minute.done) return;
      const atMs = minute.value - startEpochMs + ctx.rng.next() * MINUTE_MS;
      timer = ctx.kernel.at(atMs, () => {
        counters.arrived++;
        fired.add(1);
        fanOut.send(1, 0);
        next();
      });
    };
    next();
    return { ok: true };
  };

  return {
    id: node.id,
    kind: 'eventbridgeSchedule',
    start() {
      const result = begin(node.config);
      if (!result.ok) ctx.log({ nodeId: node.id, level: 'error', category: 'info', message: `${result.message}; it never fires` });
    },
    applyConfig: (config: unknown): PatchResult => begin(config as ScheduleConfig),
    live: () => ({ fired: counters.arrived }),
    summary: (): ResourceSummary => counters.summary('eventbridgeSchedule'),
  };
}
