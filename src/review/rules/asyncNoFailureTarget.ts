import type { Rule } from '../types';
import { ASYNC_SOURCE_KINDS } from '../../model';
import { edgesFrom, functionsOf, labelOf, nodeById, triggersInto } from '../graph';

const isAsyncSource = (kind: string, invocationType?: string) =>
  (ASYNC_SOURCE_KINDS as readonly string[]).includes(kind) || (kind === 'client' && invocationType === 'async');

export const asyncNoFailureTarget: Rule = {
  id: 'async-no-failure-target',
  severity: 'high',
  awsRule: 'An asynchronous invocation that fails its retries or grows too old is discarded unless the function has a dead-letter queue or an on-failure destination.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  modelSection: '§7',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const asyncSources = triggersInto(s, fn.id).filter((e) => {
        const src = nodeById(s, e.source);
        return src && isAsyncSource(src.kind, src.kind === 'client' ? src.config.invocationType : undefined);
      });
      if (asyncSources.length === 0) return [];
      if (edgesFrom(s, fn.id, 'onFailure').length + edgesFrom(s, fn.id, 'deadLetter').length > 0) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id, ...asyncSources.map((e) => e.source)],
        message: `${labelOf(fn)} is invoked asynchronously but has neither a dead-letter queue nor an on-failure destination: events that fail ${fn.config.async.maximumRetryAttempts + 1} attempts are lost.`,
        fix: `Add an SQS queue as the on-failure destination of ${labelOf(fn)}.`,
        apply: (sc) => {
          let id = `${fn.id}-failures`;
          while (sc.nodes.some((n) => n.id === id)) id += '-1';
          const queue = { id, kind: 'sqs' as const, position: { x: fn.position.x + 260, y: fn.position.y + 140 }, label: 'failures', config: { fifo: false, messageGroups: 1, visibilityTimeoutSeconds: 30, maxReceiveCount: null, traffic: { pattern: 'poisson' as const, ratePerSecond: 0, steps: [], ramp: null, dailyCycle: null, bursts: [] }, initialBacklog: 0, messageRetentionSeconds: 345_600, poisonRecords: [] } };
          return { ...sc, nodes: [...sc.nodes, queue], edges: [...sc.edges, { id: `${fn.id}-on-failure`, source: fn.id, target: id, kind: 'onFailure', config: {} }] };
        },
      }];
    });
  },
};
