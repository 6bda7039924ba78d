import { describe, expect, it } from 'vitest';
import { functionConfigSchema } from '../../model';
import { SeededRng } from '../kernel/rng';
import { cpuShare, INIT_LIMIT_MS, timeInvocation } from './invocationTiming';

const config = (over: Record<string, unknown>) =>
  functionConfigSchema.parse({ durationMs: { distribution: 'fixed', value: 1000 }, initDurationMs: { distribution: 'fixed', value: 300 }, ...over });
const rng = new SeededRng(1);
const copy = <T extends object>(t: T): T => ({ ...t });
/** A 1,000 ms, fully CPU-bound handler measured at `referenceMemoryMB`, run at `memoryMB`. */
const cpuBound = (memoryMB: number, referenceMemoryMB: number) =>
  timeInvocation(config({ memoryMB, cpuBoundFraction: 1 }), referenceMemoryMB, 'warm', true, rng).durationMs;

describe('how an invocation unfolds (§2.1, §2.4, §2.5, §3)', () => {
  it('a warm invoke takes the handler time, billed rounded up to 1 ms', () => {
    const t = copy(timeInvocation(config({ durationMs: { distribution: 'fixed', value: 123.4 } }), 128, 'warm', true, rng));
    expect(t).toEqual({ elapsedMs: 123.4, durationMs: 123.4, initReportedMs: 0, billedDurationMs: 124, timedOut: false });
  });

  it('a cold start runs INIT first; INIT is billed since August 2025, free under the earlier rule', () => {
    const billed = copy(timeInvocation(config({}), 128, 'cold', true, rng));
    expect(billed).toEqual({ elapsedMs: 1300, durationMs: 1000, initReportedMs: 300, billedDurationMs: 1300, timedOut: false });
    expect(timeInvocation(config({}), 128, 'cold', false, rng).billedDurationMs).toBe(1000);
  });

  it('under the earlier rule INIT was already billed for custom runtimes: Go and Rust run on OS-only provided runtimes (§2.4)', () => {
    for (const runtime of ['go', 'rust']) {
      const t = timeInvocation(config({ runtime }), 128, 'cold', false, rng);
      expect(t.billedDurationMs).toBe(1300);
    }
    // Over the 10 s limit: the failed first INIT is billed too (10 s), then INIT + handler inside the invoke.
    const long = timeInvocation(config({ runtime: 'go', timeoutSeconds: 60, initDurationMs: { distribution: 'fixed', value: 12_000 } }), 128, 'cold', false, rng);
    expect(long.billedDurationMs).toBe(INIT_LIMIT_MS + 13_000);
    for (const runtime of ['nodejs', 'python', 'java', 'dotnet']) expect(timeInvocation(config({ runtime }), 128, 'cold', false, rng).billedDurationMs).toBe(1000);
  });

  it('a timeout stops the invoke at the timeout and bills it (AWS log example: 3 s timeout, init billed on top)', () => {
    const t = copy(timeInvocation(config({ timeoutSeconds: 3, durationMs: { distribution: 'fixed', value: 5000 } }), 128, 'cold', true, rng));
    expect(t.timedOut).toBe(true);
    expect(t.durationMs).toBe(3000);
    expect(t.billedDurationMs).toBe(3300);
    expect(t.elapsedMs).toBe(3300);
  });

  it('after a reset, INIT runs again inside the invoke (suppressed init), against the timeout', () => {
    const t = copy(timeInvocation(config({ timeoutSeconds: 3, durationMs: { distribution: 'fixed', value: 2800 } }), 128, 'reinit', true, rng));
    expect(t.initReportedMs).toBe(0);
    expect(t.timedOut).toBe(true);
    expect(t.durationMs).toBe(3000);
  });

  it('an on-demand INIT over 10 s fails at 10 s and is retried inside the first invoke', () => {
    const t = copy(
      timeInvocation(config({ timeoutSeconds: 60, initDurationMs: { distribution: 'fixed', value: 12_000 } }), 128, 'cold', true, rng),
    );
    expect(t.elapsedMs).toBe(INIT_LIMIT_MS + 12_000 + 1000);
    expect(t.durationMs).toBe(13_000);
    expect(t.billedDurationMs).toBe(INIT_LIMIT_MS + 13_000);
  });

  it('the CPU-bound share of the duration scales with memory / 1,769 MB, capped at 6 vCPUs', () => {
    expect(cpuShare(1769)).toBe(1);
    // 10,240 MB is 5.79 vCPUs of share; the 6-vCPU cap binds only beyond the memory range.
    expect(cpuShare(10_240)).toBeCloseTo(10_240 / 1769, 10);
    expect(cpuShare(20_000)).toBe(6);
    // Entirely CPU-bound, measured at 128 MB, run at 1,536 MB: 12 times faster (AWS's old example, §3: 11.722 s → 1.465 s).
    const fast = timeInvocation(config({ memoryMB: 1536, cpuBoundFraction: 1, durationMs: { distribution: 'fixed', value: 11_722 } }), 128, 'warm', true, rng);
    expect(fast.durationMs).toBeCloseTo((11_722 * 128) / 1536, 6);
    // Half CPU-bound, from 1,000 MB to 1,500 MB: 0.5 + 0.5 × 1,000 / 1,500 of the time.
    const half = timeInvocation(config({ memoryMB: 1500, cpuBoundFraction: 0.5 }), 1000, 'warm', true, rng);
    expect(half.durationMs).toBeCloseTo(1000 * (0.5 + 0.5 * (1000 / 1500)), 6);
  });

  it('a single-threaded handler gets no faster above one vCPU (§3, modelling choices: duration ∝ 1/CPU share below 1 vCPU)', () => {
    // Measured at 1,769 MB (one vCPU): the same 1,000 ms at 3,538 MB and at 10,240 MB.
    expect(cpuBound(3538, 1769)).toBeCloseTo(1000, 6);
    expect(cpuBound(10_240, 1769)).toBeCloseTo(1000, 6);
    // Measured at 3,538 MB, the handler used one vCPU: at 885 MB it gets 885 / 1,769 of one.
    expect(cpuBound(885, 3538)).toBeCloseTo((1000 * 1769) / 885, 6);
  });
});

describe('INIT by runtime (lambda-model.md Part 1)', () => {
  it.each([
    ['nodejs', 200],
    ['python', 150],
    ['java', 500],
    ['java-snapstart', 200],
    ['go', 50],
    ['rust', 50],
    ['dotnet', 250],
  ])('%s: %i ms unless initDurationMs is given', (runtime, initMs) => {
    const t = timeInvocation(config({ runtime, initDurationMs: null }), 128, 'cold', true, rng);
    expect(t.initReportedMs).toBe(initMs);
  });
});
