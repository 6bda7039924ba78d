import type { Rule } from '../types';
import type { Scenario } from '../../model';
import { edgesFrom, functionsOf, labelOf, nodeById } from '../graph';

/** Whether the event path from `from` comes back to `fnId` (writes into a source that triggers it, directly or through others). */
function loopPath(s: Scenario, fnId: string): string[] | null {
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | null => {
    for (const e of s.edges) {
      if (e.source !== id || (e.kind !== 'writes' && e.kind !== 'trigger' && e.kind !== 'onSuccess')) continue;
      const target = nodeById(s, e.target);
      if (!target) continue;
      if (e.kind === 'writes' && target.kind === 's3' && !target.config.writesMatchFilter) continue;
      if (target.id === fnId) return path;
      if (seen.has(target.id)) continue;
      seen.add(target.id);
      const found = walk(target.id, [...path, target.id]);
      if (found) return found;
    }
    return null;
  };
  return walk(fnId, []);
}

export const recursiveLoop: Rule = {
  id: 'recursive-loop',
  severity: 'high',
  awsRule: 'A function that writes to the queue, topic or bucket that invokes it loops; Lambda stops SQS/SNS/S3 loops after about 16 invocations of the same chain, but every turn is billed.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
  modelSection: '§9',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      if (edgesFrom(s, fn.id, 'writes').length === 0) return [];
      const path = loopPath(s, fn.id);
      if (!path) return [];
      const via = path.map((id) => nodeById(s, id)).filter((n) => n !== undefined);
      const s3 = via.find((n) => n.kind === 's3');
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id, ...path],
        message: `${labelOf(fn)} writes to ${via.map(labelOf).join(' → ')}, which invokes it again: a loop.`,
        fix: s3 ? `Write under a prefix the notification filter of ${labelOf(s3)} excludes.` : `Write to a different target than the one that triggers ${labelOf(fn)}.`,
        apply: (sc) => {
          if (s3) return { ...sc, nodes: sc.nodes.map((n) => (n.id === s3.id && n.kind === 's3' ? { ...n, config: { ...n.config, writesMatchFilter: false } } : n)) };
          const first = path[0];
          return { ...sc, edges: sc.edges.filter((e) => !(e.source === fn.id && e.kind === 'writes' && e.target === first)) };
        },
      }];
    });
  },
};
