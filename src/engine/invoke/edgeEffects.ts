import { resolvePerInvocation, type ScenarioEdge } from '../../model';
import type { SeededRng } from '../kernel/rng';
import type { Delivery } from '../ports';
import type { FailureCondition } from './asyncQueue';

type Deliver = (targetId: string, delivery: Delivery) => void;

/**
 * What a function's invocation sends along its outgoing edges:
 * - `writes`: each successful invocation emits `perInvocation` messages,
 *   objects or events (a fraction is an expected value, drawn with the RNG),
 *   one hop further down the chain (§9 counts hops);
 * - `onSuccess` (async invocations only): the invocation record (§5);
 * - `onFailure` and `deadLetter` (async events that gave up): the invocation
 *   record to the destination and the event to the DLQ (§5). When both are
 *   configured both receive it.
 */
export class EdgeEffects {
  constructor(
    private readonly rng: SeededRng,
    private readonly deliver: Deliver,
    private readonly outgoing: (nodeId: string) => readonly ScenarioEdge[],
    private readonly isFunction: (nodeId: string) => boolean,
  ) {}

  /** Returns the destination records sent (on-success). */
  succeeded(functionId: string, chainDepth: number, isAsync: boolean): number {
    let records = 0;
    const edges = this.outgoing(functionId);
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i];
      if (edge.kind === 'writes') {
        const mean = resolvePerInvocation(edge.config);
        const whole = Math.floor(mean);
        const count = whole + (mean > whole && this.rng.next() < mean - whole ? 1 : 0);
        if (count > 0) this.deliver(edge.target, { sourceId: functionId, count, chainDepth: chainDepth + 1, via: 'writes' });
      } else if (edge.kind === 'onSuccess' && isAsync) {
        this.deliver(edge.target, { sourceId: functionId, count: 1, chainDepth: chainDepth + 1, via: 'onSuccess' });
        records++;
      }
    }
    return records;
  }

  /**
   * Returns how many on-failure records and DLQ messages were sent: 0 when the function has neither target.
   * An event stopped as a recursive loop (§9) is not sent on to a function: that invocation would be the
   * next one of the same chain, which Lambda stops too.
   */
  failed(functionId: string, condition: FailureCondition, count: number, chainDepth: number): number {
    let sent = 0;
    for (const edge of this.outgoing(functionId)) {
      if (edge.kind !== 'onFailure' && edge.kind !== 'deadLetter') continue;
      if (condition === 'RecursiveInvocationLoopDetected' && this.isFunction(edge.target)) continue;
      this.deliver(edge.target, { sourceId: functionId, count, chainDepth: chainDepth + 1, via: edge.kind, condition });
      sent += count;
    }
    return sent;
  }
}
