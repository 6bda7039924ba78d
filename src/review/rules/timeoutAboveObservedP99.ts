import type { Rule } from '../types';
import { functionsOf, labelOf, p99Of, withNodeConfig } from '../graph';
import { timeoutAboveDuration } from './timeoutAboveDuration';

/** Fewer invocations than this give no p99 worth acting on. */
const MIN_INVOCATIONS = 20;

export const timeoutAboveObservedP99: Rule = {
  id: 'timeout-above-observed-p99',
  severity: 'low',
  awsRule: 'A function that hangs runs (and is billed) until its timeout; set the timeout close to the longest duration seen in practice.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
  modelSection: '§2.5',
  usesRun: true,
  check(s, run) {
    if (!run) return [];
    // Where the configured durations already show it, the configuration rule says so.
    const fromConfig = new Set(timeoutAboveDuration.check(s).flatMap((f) => f.nodes));
    return functionsOf(s).flatMap((fn) => {
      const figures = run.functions[fn.id];
      if (!figures || figures.invocations < MIN_INVOCATIONS || fromConfig.has(fn.id)) return [];
      const p99Ms = figures.durationMs.p99;
      const timeoutMs = fn.config.timeoutSeconds * 1000;
      if (timeoutMs <= 10 * p99Ms || timeoutMs <= 10_000) return [];
      // Only where the run shows the handler clearly faster than configured (memory, CPU share): else the configured p99 decides.
      if (p99Ms >= 0.9 * p99Of(fn.config.durationMs)) return [];
      const target = Math.max(3, Math.ceil((3 * p99Ms) / 1000));
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `In the last run, ${labelOf(fn)} took ${Math.round(p99Ms)} ms at p99 over ${figures.invocations.toLocaleString('en-US')} invocations, but may run ${fn.config.timeoutSeconds} s: a hung call is billed for the whole timeout.`,
        fix: `Lower the timeout of ${labelOf(fn)} to ${target} s (3 × the observed p99).`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, timeoutSeconds: target })),
      }];
    });
  },
};
