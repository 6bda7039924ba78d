import type { Rule } from '../types';
import { functionsOf, labelOf, peakConcurrencyNeeded, withNodeConfig } from '../graph';

export const provisionedBelowTraffic: Rule = {
  id: 'provisioned-below-traffic',
  severity: 'low',
  awsRule: 'Requests beyond the provisioned environments run on on-demand environments and take cold starts.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  modelSection: '§2.6',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const pc = fn.config.provisionedConcurrency;
      if (pc === 0) return [];
      const needed = peakConcurrencyNeeded(s, fn);
      if (needed <= 2 * pc) return [];
      const target = Math.ceil(needed * 1.1);
      const reserved = fn.config.reservedConcurrency;
      const capped = reserved === null ? target : Math.min(target, reserved);
      if (capped <= pc) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `${labelOf(fn)} has ${pc} provisioned environments but its peak needs about ${needed.toFixed(0)}: most peak requests still start cold.`,
        fix: `Raise provisioned concurrency of ${labelOf(fn)} to ${capped}.`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, provisionedConcurrency: capped })),
      }];
    });
  },
};
