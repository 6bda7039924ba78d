import type { Rule } from '../types';
import { functionsOf, labelOf, nodeById, triggersInto, withNodeConfig } from '../graph';

export const apiGatewayTimeout: Rule = {
  id: 'api-gateway-timeout',
  severity: 'high',
  awsRule: 'API Gateway REST APIs end an integration after 29 s (504) while the function keeps running and is billed up to its own timeout.',
  sourceUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  modelSection: '§4',
  check(s) {
    return functionsOf(s).flatMap((fn) =>
      triggersInto(s, fn.id).flatMap((e) => {
        const api = nodeById(s, e.source);
        if (api?.kind !== 'apiGateway') return [];
        const limit = api.config.integrationTimeoutSeconds;
        if (fn.config.timeoutSeconds <= limit) return [];
        const fixed = Math.max(1, Math.floor(limit));
        return [{
          id: this.id,
          severity: this.severity,
          nodes: [api.id, fn.id],
          message: `${labelOf(fn)} may run ${fn.config.timeoutSeconds} s, but ${labelOf(api)} answers 504 after ${limit} s: the caller gets an error while the function runs on, billed.`,
          fix: `Lower the timeout of ${labelOf(fn)} to ${fixed} s (or make the work asynchronous).`,
          apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, timeoutSeconds: fixed })),
        }];
      }),
    );
  },
};
