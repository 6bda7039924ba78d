import type { Rule } from '../types';
import { edgesFrom, labelOf, withNodeConfig } from '../graph';

export const sqsNoRedrive: Rule = {
  id: 'sqs-no-redrive',
  severity: 'high',
  awsRule: 'Configure a dead-letter queue (redrive policy) on the source queue; without one a message that always fails is retried until its retention period ends.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
  modelSection: '§6.1',
  check(s) {
    return s.nodes.flatMap((q) => {
      if (q.kind !== 'sqs' || q.config.maxReceiveCount !== null || edgesFrom(s, q.id, 'trigger').length === 0) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [q.id],
        message: `${labelOf(q)} triggers a function but has no redrive policy: a poison message is received again and again for ${q.config.messageRetentionSeconds} s, then deleted unprocessed.`,
        fix: `Give ${labelOf(q)} a redrive policy with maxReceiveCount 5 and a dead-letter queue.`,
        apply: (sc) => withNodeConfig<typeof q>(sc, q.id, (c) => ({ ...c, maxReceiveCount: 5 })),
      }];
    });
  },
};
