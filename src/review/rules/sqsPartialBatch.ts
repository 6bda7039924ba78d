import type { Rule } from '../types';
import { labelOf, nodeById, withEdgeConfig } from '../graph';
import { resolveMappingConfig } from '../../model';

export const sqsPartialBatch: Rule = {
  id: 'sqs-no-partial-batch-response',
  severity: 'low',
  awsRule: 'Without ReportBatchItemFailures, one failed message makes the whole SQS batch visible again, and its successful messages are processed again.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
  modelSection: '§6.1',
  check(s) {
    return s.edges.flatMap((edge) => {
      const q = nodeById(s, edge.source);
      const fn = nodeById(s, edge.target);
      if (edge.kind !== 'trigger' || q?.kind !== 'sqs' || fn?.kind !== 'function') return [];
      const m = resolveMappingConfig('sqs', edge.config);
      if (m.reportBatchItemFailures || m.batchSize <= 1 || fn.config.errorRate === 0) return [];
      const batchFails = 1 - (1 - fn.config.errorRate) ** m.batchSize;
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [q.id, fn.id],
        message: `${labelOf(fn)} fails ${(fn.config.errorRate * 100).toFixed(1)} % of messages; without partial batch responses ${(batchFails * 100).toFixed(0)} % of its batches of ${m.batchSize} are retried whole.`,
        fix: `Turn on reportBatchItemFailures on ${edge.id}.`,
        apply: (sc) => withEdgeConfig(sc, edge.id, (c) => ({ ...c, reportBatchItemFailures: true })),
      }];
    });
  },
};
