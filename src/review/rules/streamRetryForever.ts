import type { Rule } from '../types';
import { labelOf, withEdgeConfig } from '../graph';
import { streamMappings } from './streamMappings';

export const streamRetryForever: Rule = {
  id: 'stream-retry-forever',
  severity: 'high',
  awsRule: 'By default a stream mapping retries a failing batch until its records expire (MaximumRetryAttempts −1, MaximumRecordAgeInSeconds −1): a poison record blocks its shard for the whole retention period.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
  modelSection: '§6.3',
  check(s) {
    return streamMappings(s).flatMap(({ edge, stream }) => {
      const retries = edge.config.maximumRetryAttempts ?? -1;
      const age = edge.config.maximumRecordAgeSeconds ?? -1;
      if (retries !== -1 || age !== -1) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [stream.id, edge.target],
        message: `The mapping from ${labelOf(stream)} has neither a retry limit nor a maximum record age: a record that always fails holds its shard until it expires.`,
        fix: `Set maximumRetryAttempts 3 on the mapping ${edge.id}.`,
        apply: (sc) => withEdgeConfig(sc, edge.id, (c) => ({ ...c, maximumRetryAttempts: 3 })),
      }];
    });
  },
};
