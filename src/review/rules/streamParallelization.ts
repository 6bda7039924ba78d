import type { Rule } from '../types';
import { labelOf, meanOf, nodeById, peakRateOf, withEdgeConfig } from '../graph';
import { resolveMappingConfig } from '../../model';
import { streamMappings } from './streamMappings';

export const streamParallelization: Rule = {
  id: 'stream-parallelization-too-low',
  severity: 'medium',
  awsRule: 'Each shard is processed one batch at a time per parallelization factor (1–10); when records arrive faster than a shard\'s batches finish, the iterator age grows.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
  modelSection: '§6.3',
  check(s) {
    return streamMappings(s).flatMap(({ edge, stream }) => {
      const fn = nodeById(s, edge.target);
      if (fn?.kind !== 'function' || (stream.kind !== 'kinesis' && stream.kind !== 'dynamodbStream')) return [];
      const m = resolveMappingConfig(stream.kind, edge.config);
      const perShard = peakRateOf(stream) / stream.config.shards;
      const batchSeconds = Math.max(meanOf(fn.config.durationMs), 1) / 1000;
      const capacity = (m.parallelizationFactor * m.batchSize) / batchSeconds;
      // A batch takes at least its duration; with full batches each shard reads batchSize records per duration.
      if (perShard <= capacity || m.parallelizationFactor >= 10) return [];
      const factor = Math.min(10, Math.ceil((perShard / capacity) * m.parallelizationFactor));
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [stream.id, fn.id],
        message: `${labelOf(stream)} receives about ${perShard.toFixed(0)} records/s per shard, but ${m.parallelizationFactor} batch(es) of ${m.batchSize} at ${(batchSeconds * 1000).toFixed(0)} ms handle about ${capacity.toFixed(0)}: the iterator age grows without end.`,
        fix: `Raise the parallelization factor of ${edge.id} to ${factor}.`,
        apply: (sc) => withEdgeConfig(sc, edge.id, (c) => ({ ...c, parallelizationFactor: factor })),
      }];
    });
  },
};
