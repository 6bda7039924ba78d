import type { Rule } from '../types';
import { edgesFrom, labelOf, withNodeConfig } from '../graph';

export const fifoOneGroup: Rule = {
  id: 'fifo-one-group',
  severity: 'medium',
  awsRule: 'A FIFO queue is processed one batch at a time per message group; with a single group the function never runs more than one invocation at a time.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
  modelSection: '§6.2',
  check(s) {
    return s.nodes.flatMap((q) => {
      if (q.kind !== 'sqs' || !q.config.fifo || q.config.messageGroups > 1 || edgesFrom(s, q.id, 'trigger').length === 0) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [q.id],
        message: `${labelOf(q)} is FIFO with one message group: its consumer runs one batch at a time, whatever the backlog.`,
        fix: `Spread messages over more message group ids (10 here).`,
        apply: (sc) => withNodeConfig<typeof q>(sc, q.id, (c) => ({ ...c, messageGroups: 10 })),
      }];
    });
  },
};
