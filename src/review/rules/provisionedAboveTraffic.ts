import type { Rule } from '../types';
import { functionsOf, labelOf, peakConcurrencyNeeded, triggersInto, withNodeConfig } from '../graph';

export const provisionedAboveTraffic: Rule = {
  id: 'provisioned-above-traffic',
  severity: 'low',
  awsRule: 'Provisioned concurrency is billed for every configured environment whether used or not.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  modelSection: '§2.6, §11',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const pc = fn.config.provisionedConcurrency;
      if (pc === 0 || triggersInto(s, fn.id).length === 0) return [];
      const needed = peakConcurrencyNeeded(s, fn);
      // Far above: more than twice the need (and more than the one environment a function with any traffic uses).
      if (pc <= Math.max(1, 2 * needed)) return [];
      const target = Math.max(1, Math.ceil(needed));
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `${labelOf(fn)} keeps ${pc} provisioned environments but its peak needs about ${needed.toFixed(1)} (rate × mean duration): most are paid for idle.`,
        fix: `Lower provisioned concurrency of ${labelOf(fn)} to ${target}.`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, provisionedConcurrency: target })),
      }];
    });
  },
};
