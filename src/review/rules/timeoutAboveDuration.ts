import type { Rule } from '../types';
import { functionsOf, labelOf, p99Of, withNodeConfig } from '../graph';

export const timeoutAboveDuration: Rule = {
  id: 'timeout-above-duration',
  severity: 'low',
  awsRule: 'A function that hangs runs (and is billed) until its timeout; set the timeout close to the longest expected duration.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
  modelSection: '§2.5',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const p99Ms = p99Of(fn.config.durationMs);
      const timeoutMs = fn.config.timeoutSeconds * 1000;
      if (timeoutMs <= 10 * p99Ms || timeoutMs <= 10_000) return [];
      const target = Math.max(3, Math.ceil((3 * p99Ms) / 1000));
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `${labelOf(fn)} times out after ${fn.config.timeoutSeconds} s, more than 10 × its p99 duration (${Math.round(p99Ms)} ms): a hung call is billed for the whole timeout.`,
        fix: `Lower the timeout of ${labelOf(fn)} to ${target} s.`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, timeoutSeconds: target })),
      }];
    });
  },
};
