import type { Rule } from '../types';
import { functionsOf, labelOf, triggersInto, withNodeConfig } from '../graph';

export const reservedZero: Rule = {
  id: 'reserved-zero',
  severity: 'high',
  awsRule: 'Reserved concurrency 0 throttles every invocation of the function (it is how AWS stops a function).',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  modelSection: '§1.2',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      if (fn.config.reservedConcurrency !== 0 || triggersInto(s, fn.id).length === 0) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `${labelOf(fn)} has reserved concurrency 0 yet has triggers: every invocation is throttled.`,
        fix: `Remove the reservation of ${labelOf(fn)}.`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, reservedConcurrency: null })),
      }];
    });
  },
};
