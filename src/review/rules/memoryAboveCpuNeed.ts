import type { Rule } from '../types';
import { functionsOf, labelOf, withNodeConfig } from '../graph';

/** §3: one full vCPU at 1,769 MB. */
const ONE_VCPU_MB = 1769;

export const memoryAboveCpuNeed: Rule = {
  id: 'memory-above-cpu-need',
  severity: 'low',
  awsRule: 'Lambda allocates CPU in proportion to memory (one vCPU at 1,769 MB); a handler that waits on I/O gains little from more, but is billed per GB-second.',
  sourceUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  modelSection: '§3',
  check(s) {
    return functionsOf(s).flatMap((fn) => {
      const { memoryMB, cpuBoundFraction } = fn.config;
      if (memoryMB <= ONE_VCPU_MB || cpuBoundFraction > 0.2) return [];
      return [{
        id: this.id,
        severity: this.severity,
        nodes: [fn.id],
        message: `${labelOf(fn)} has ${memoryMB} MB but only ${Math.round(cpuBoundFraction * 100)} % of its time scales with CPU: the memory above ${ONE_VCPU_MB} MB mostly adds cost.`,
        fix: `Lower the memory of ${labelOf(fn)} to ${ONE_VCPU_MB} MB (or measure with a power-tuning run).`,
        apply: (sc) => withNodeConfig<typeof fn>(sc, fn.id, (c) => ({ ...c, memoryMB: ONE_VCPU_MB })),
      }];
    });
  },
};
