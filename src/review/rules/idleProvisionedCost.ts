import type { Rule } from '../types';
import { functionsOf, labelOf, withNodeConfig } from '../graph';

/** Provisioned environments busy less than this share of the time are mostly paid for idle. */
const LOW_UTILISATION = 0.3;
/** The level the fix aims at: busy about 60 % of the time. */
const TARGET_UTILISATION = 0.6;

export const idleProvisionedCost: Rule = {
  id: 'idle-provisioned-cost',
  severity: 'medium',
  awsRule: 'Provisioned concurrency is billed per GB-second for every configured environment, used or not, on top of the duration of the requests it serves.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  modelSection: '§10.1',
  usesRun: true,
  check(s, run) {
    if (!run) return [];
    return functionsOf(s).flatMap((fn) => {
      const figures = run.functions[fn.id];
      const pc = fn.config.provisionedConcurrency;
      if (!figures || pc === 0 || figures.cost.totalUSD <= 0) return [];
      const share = figures.cost.provisionedUSD / figures.cost.totalUSD;
      const utilisation = figures.meanConcurrency / pc;
      if (share < 0.5 || utilisation >= LOW_UTILISATION) return [];
      const sized = Math.ceil(figures.meanConcurrency / TARGET_UTILISATION);
      // One environment kept warm for a trickle still costs more than it serves: on demand then.
      const target = sized <= 1 ? 0 : Math.min(sized, pc - 1);
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `In the last run, provisioned concurrency was ${Math.round(share * 100)} % of what ${labelOf(fn)} cost, while its ${pc} environments were busy ${(utilisation * 100).toFixed(1)} % of the time on average (mean concurrency ${figures.meanConcurrency.toFixed(2)}).`,
        fix: target === 0 ? `Remove provisioned concurrency from ${labelOf(fn)}: its traffic is served on demand for less.` : `Lower provisioned concurrency of ${labelOf(fn)} to ${target} (about ${TARGET_UTILISATION * 100} % busy).`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, provisionedConcurrency: target })),
      }];
    });
  },
};
