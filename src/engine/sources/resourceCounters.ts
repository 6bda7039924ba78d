/**
 * What every node that is not a function reports (design.md, `resources`):
 * arrived, delivered, rejected, dropped, deadLettered, maxBacklog, and the
 * figures that belong to its kind.
 */
import type { ResourceSummary } from '../api';
import type { EngineContext } from '../ports';

export class ResourceCounters {
  arrived = 0;
  delivered = 0;
  rejected = 0;
  dropped = 0;
  deadLettered = 0;
  maxBacklog = 0;
  private readonly extra: Record<string, number> = {};

  noteBacklog(size: number): void {
    if (size > this.maxBacklog) this.maxBacklog = size;
  }

  add(metric: string, value = 1): void {
    this.extra[metric] = (this.extra[metric] ?? 0) + value;
  }

  max(metric: string, value: number): void {
    if (!(metric in this.extra) || value > this.extra[metric]) this.extra[metric] = value;
  }

  summary(kind: string): ResourceSummary {
    return {
      kind,
      arrived: this.arrived,
      delivered: this.delivered,
      rejected: this.rejected,
      dropped: this.dropped,
      deadLettered: this.deadLettered,
      maxBacklog: this.maxBacklog,
      metrics: { ...this.extra },
    };
  }
}

/** The targets of a node's trigger edges, in edge order: functions, or the queues subscribed to a topic. */
export function triggeredFunctions(ctx: EngineContext, nodeId: string): string[] {
  return ctx.outgoing(nodeId).filter((e) => e.kind === 'trigger').map((e) => e.target);
}

/** The target of a node's single outgoing edge of one kind (a queue's redrive target, a stream's on-failure destination). */
export function edgeTarget(ctx: EngineContext, nodeId: string, kind: 'deadLetter' | 'onFailure'): string | null {
  return ctx.outgoing(nodeId).find((e) => e.kind === kind)?.target ?? null;
}
