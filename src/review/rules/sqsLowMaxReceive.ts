import type { Rule } from '../types';
import { edgesFrom, labelOf, withNodeConfig } from '../graph';

export const sqsLowMaxReceive: Rule = {
  id: 'sqs-low-max-receive',
  severity: 'medium',
  awsRule: 'Set maxReceiveCount on the source queue\'s redrive policy to at least 5, so throttled or briefly failing messages get more than one chance before the DLQ.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
  modelSection: '§6.1',
  check(s) {
    return s.nodes.flatMap((q) => {
      if (q.kind !== 'sqs' || q.config.maxReceiveCount === null || q.config.maxReceiveCount >= 5) return [];
      if (edgesFrom(s, q.id, 'trigger').length === 0) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [q.id],
        message: `${labelOf(q)} moves a message to its dead-letter queue after ${q.config.maxReceiveCount} receive(s): a throttle or one transient error sends good messages there.`,
        fix: `Raise maxReceiveCount of ${labelOf(q)} to 5.`,
        apply: (sc) => withNodeConfig<typeof q>(sc, q.id, (c) => ({ ...c, maxReceiveCount: 5 })),
      }];
    });
  },
};
