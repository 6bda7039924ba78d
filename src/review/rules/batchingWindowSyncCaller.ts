import type { Rule } from '../types';
import { SYNC_CALLER_KINDS } from '../../model';
import { labelOf, nodeById, triggersInto, withEdgeConfig } from '../graph';

export const batchingWindowSyncCaller: Rule = {
  id: 'batching-window-sync-caller',
  severity: 'medium',
  awsRule: 'A mapping with a batching window waits up to that window before invoking; work that a synchronous caller waits for pays that delay.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html',
  modelSection: '§6',
  check(s) {
    return s.edges.flatMap((edge) => {
      const window = edge.config.maximumBatchingWindowSeconds ?? 0;
      if (edge.kind !== 'trigger' || window <= 0) return [];
      const queue = nodeById(s, edge.source);
      if (!queue) return [];
      // Who writes into the queue, and is that writer behind a synchronous caller?
      const writers = s.edges.filter((w) => w.kind === 'writes' && w.target === queue.id).map((w) => w.source);
      const syncCallers = writers.flatMap((fnId) =>
        triggersInto(s, fnId).filter((t) => (SYNC_CALLER_KINDS as readonly string[]).includes(nodeById(s, t.source)?.kind ?? '')).map((t) => t.source),
      );
      if (syncCallers.length === 0) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [...syncCallers, ...writers, queue.id, edge.target],
        message: `The mapping from ${labelOf(queue)} waits up to ${window} s to fill a batch, on a path a synchronous caller (${syncCallers.join(', ')}) starts: its work is delayed by the window.`,
        fix: `Set the batching window of ${edge.id} to 0.`,
        apply: (sc) => withEdgeConfig(sc, edge.id, (c) => ({ ...c, maximumBatchingWindowSeconds: 0, batchSize: Math.min(c.batchSize ?? 10, 10) })),
      }];
    });
  },
};
