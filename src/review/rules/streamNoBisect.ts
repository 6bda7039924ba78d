import type { Rule } from '../types';
import { labelOf, withEdgeConfig } from '../graph';
import { streamMappings } from './streamMappings';

export const streamNoBisect: Rule = {
  id: 'stream-no-bisect',
  severity: 'medium',
  awsRule: 'Split batch on error (BisectBatchOnFunctionError) retries halves of a failing batch, isolating a poison record instead of retrying the whole batch.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
  modelSection: '§6.3',
  check(s) {
    return streamMappings(s).flatMap(({ edge, stream }) => {
      if (edge.config.bisectBatchOnFunctionError || edge.config.reportBatchItemFailures) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [stream.id, edge.target],
        message: `The mapping from ${labelOf(stream)} neither splits a failing batch nor reports batch item failures: one bad record fails its whole batch every time.`,
        fix: `Turn on bisectBatchOnFunctionError on the mapping ${edge.id}.`,
        apply: (sc) => withEdgeConfig(sc, edge.id, (c) => ({ ...c, bisectBatchOnFunctionError: true })),
      }];
    });
  },
};
