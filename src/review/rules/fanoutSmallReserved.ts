import type { Rule } from '../types';
import { functionsOf, labelOf, nodeById, peakConcurrencyNeeded, triggersInto, withNodeConfig } from '../graph';

export const fanoutSmallReserved: Rule = {
  id: 'fanout-small-reserved',
  severity: 'medium',
  awsRule: 'SNS and EventBridge invoke asynchronously; throttled events are retried for up to 6 hours and then dropped, so a reservation below the fan-out rate delays and loses events.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html',
  modelSection: '§7',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const reserved = fn.config.reservedConcurrency;
      if (reserved === null || reserved === 0) return [];
      const fanout = triggersInto(s, fn.id).filter((e) => {
        const src = nodeById(s, e.source);
        return src?.kind === 'sns' || src?.kind === 'eventbridgeRule';
      });
      if (fanout.length === 0) return [];
      const needed = peakConcurrencyNeeded(s, fn);
      if (needed <= reserved) return [];
      const target = Math.ceil(needed * 1.2);
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id, ...fanout.map((e) => e.source)],
        message: `${labelOf(fn)} reserves ${reserved} but its SNS/EventBridge fan-out needs about ${needed.toFixed(0)} at peak: events are throttled into retries and grow old.`,
        fix: `Raise the reserved concurrency of ${labelOf(fn)} to ${target}, or put an SQS queue between.`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, reservedConcurrency: target })),
      }];
    });
  },
};
