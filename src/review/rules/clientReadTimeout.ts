import type { Rule } from '../types';
import { labelOf, nodeById, withNodeConfig } from '../graph';

export const clientReadTimeout: Rule = {
  id: 'client-read-timeout',
  severity: 'medium',
  awsRule: 'The SDK and CLI give up a synchronous invoke after their read timeout (60 s) and retry it, so a longer function runs twice.',
  sourceUrl: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html',
  modelSection: '§4',
  check(s) {
    return s.edges.flatMap((edge) => {
      const client = nodeById(s, edge.source);
      const fn = nodeById(s, edge.target);
      if (edge.kind !== 'trigger' || client?.kind !== 'client' || fn?.kind !== 'function' || client.config.invocationType !== 'sync') return [];
      if (fn.config.timeoutSeconds <= client.config.readTimeoutSeconds || client.config.maxAttempts <= 1) return [];
      const target = fn.config.timeoutSeconds + 5;
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [client.id, fn.id],
        message: `${labelOf(client)} stops waiting after ${client.config.readTimeoutSeconds} s and retries, but ${labelOf(fn)} may run ${fn.config.timeoutSeconds} s: a slow call runs again while the first still runs.`,
        fix: `Raise the read timeout of ${labelOf(client)} to ${target} s.`,
        apply: (sc) => withNodeConfig<typeof client>(sc, client.id, (c) => ({ ...c, readTimeoutSeconds: target })),
      }];
    });
  },
};
