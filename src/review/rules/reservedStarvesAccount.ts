import type { Rule } from '../types';
import { UNRESERVED_MINIMUM } from '../../model';
import { functionsOf, labelOf, peakConcurrencyNeeded } from '../graph';

export const reservedStarvesAccount: Rule = {
  id: 'reserved-starves-account',
  severity: 'high',
  awsRule: 'Reserved concurrency is taken out of the account pool; the functions without a reservation share what is left (at least 100).',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  modelSection: '§1.2',
  check(s) {
    const fns = functionsOf(s);
    const reserved = fns.filter((f) => f.config.reservedConcurrency !== null);
    const shared = fns.filter((f) => f.config.reservedConcurrency === null);
    if (reserved.length === 0 || shared.length === 0) return [];
    const claimed = fns.reduce((sum, f) => sum + (f.config.reservedConcurrency ?? f.config.provisionedConcurrency), 0);
    const left = s.account.concurrencyLimit - claimed;
    const needed = shared.reduce((sum, f) => sum + peakConcurrencyNeeded(s, f), 0);
    if (left > UNRESERVED_MINIMUM && left >= needed) return [];
    const biggest = [...reserved].sort((a, b) => (b.config.reservedConcurrency ?? 0) - (a.config.reservedConcurrency ?? 0))[0];
    return [{
      id: this.id,
      severity: this.severity,
      nodes: [...reserved.map((f) => f.id), ...shared.map((f) => f.id)],
      message: `Reservations leave ${left} of the account's ${s.account.concurrencyLimit} to ${shared.map(labelOf).join(', ')}, which need about ${Math.ceil(needed)} at peak: they are throttled.`,
      fix: `Lower the reserved concurrency of ${labelOf(biggest)} or raise the account limit.`,
      apply: (sc) => ({ ...sc, account: { ...sc.account, concurrencyLimit: sc.account.concurrencyLimit + Math.ceil(needed) + UNRESERVED_MINIMUM } }),
    }];
  },
};
