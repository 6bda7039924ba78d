import type { Rule } from '../types';
import { functionsOf, labelOf, nodeById, triggersInto, withEdgeConfig } from '../graph';

export const sqsReservedWithoutMaxConcurrency: Rule = {
  id: 'sqs-reserved-without-maximum-concurrency',
  severity: 'high',
  awsRule: 'With reserved concurrency on an SQS-fed function, the pollers still scale up and their invokes are throttled, returning messages to the queue (and to the DLQ); maximum concurrency on the mapping caps the pollers instead.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  modelSection: '§6.1',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const reserved = fn.config.reservedConcurrency;
      if (reserved === null || reserved < 1) return [];
      return triggersInto(s, fn.id).flatMap((e) => {
        const q = nodeById(s, e.source);
        if (q?.kind !== 'sqs' || (e.config.maximumConcurrency ?? null) !== null) return [];
        const cap = Math.max(2, Math.min(1000, reserved));
        return [{
          id: this.id,
          severity: this.severity,
          nodes: [q.id, fn.id],
          message: `${labelOf(fn)} reserves ${reserved} but the mapping from ${labelOf(q)} has no maximum concurrency: its pollers outrun the reservation, invokes are throttled and messages count receives toward the DLQ.`,
          fix: `Set maximumConcurrency ${cap} on the mapping ${e.id}.`,
          apply: (sc) => withEdgeConfig(sc, e.id, (c) => ({ ...c, maximumConcurrency: cap })),
        }];
      });
    });
  },
};
