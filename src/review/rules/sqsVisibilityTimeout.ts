import type { Rule } from '../types';
import { functionsOf, labelOf, nodeById, triggersInto, withNodeConfig } from '../graph';

export const sqsVisibilityTimeout: Rule = {
  id: 'sqs-visibility-timeout',
  severity: 'high',
  awsRule: 'Set the source queue visibility timeout to at least six times the function timeout, or messages return to the queue while still being processed.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
  modelSection: '§6.3 side facts',
  check(s) {
    return functionsOf(s).flatMap((fn) =>
      triggersInto(s, fn.id).flatMap((e) => {
        const q = nodeById(s, e.source);
        if (q?.kind !== 'sqs') return [];
        const needed = 6 * fn.config.timeoutSeconds;
        if (q.config.visibilityTimeoutSeconds >= needed) return [];
        return [{
          id: this.id,
          severity: this.severity,
          nodes: [q.id, fn.id],
          message: `${labelOf(q)} has a visibility timeout of ${q.config.visibilityTimeoutSeconds} s, below 6 × the ${fn.config.timeoutSeconds} s timeout of ${labelOf(fn)} (${needed} s): a message can be received twice while a batch is still running.`,
          fix: `Set the visibility timeout of ${labelOf(q)} to ${needed} s.`,
          apply: (sc) => withNodeConfig<typeof q>(sc, q.id, (c) => ({ ...c, visibilityTimeoutSeconds: Math.min(43_200, needed) })),
        }];
      }),
    );
  },
};
