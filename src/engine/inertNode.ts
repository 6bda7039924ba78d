import type { ScenarioNode } from '../model';
import type { ResourceSummary } from './api';
import type { Delivery, SimNode } from './ports';

/** A node whose kind has no live model yet: it counts what reaches it and does nothing else. */
export class InertNode implements SimNode {
  arrived = 0;
  constructor(private readonly node: ScenarioNode) {}
  get id(): string {
    return this.node.id;
  }
  get kind(): ScenarioNode['kind'] {
    return this.node.kind;
  }
  start(): void {}
  receive(delivery: Delivery): void {
    this.arrived += delivery.count;
  }
  live(): Record<string, number> {
    return { arrived: this.arrived };
  }
  summary(): ResourceSummary {
    return { kind: this.node.kind, arrived: this.arrived, delivered: 0, rejected: 0, dropped: 0, deadLettered: 0, maxBacklog: 0, metrics: {} };
  }
}
