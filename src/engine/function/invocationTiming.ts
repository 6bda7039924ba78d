import type { FunctionConfig } from '../../model';
import { DEFAULT_INIT_MS_BY_RUNTIME } from '../../model';
import type { SeededRng } from '../kernel/rng';
import { billedMs } from '../cost/pricing';

/** §2.1: on-demand INIT is limited to 10 s; beyond it Lambda retries INIT inside the first invoke, under the function timeout. */
export const INIT_LIMIT_MS = 10_000;
/** §3: at 1,769 MB a function has one vCPU; at most 6. */
export const MB_PER_VCPU = 1769;
export const MAX_VCPUS = 6;

export const cpuShare = (memoryMB: number): number => Math.min(memoryMB / MB_PER_VCPU, MAX_VCPUS);
/**
 * The CPU a single-threaded handler can use: its share, at most one vCPU (§3; modelling choices:
 * duration ∝ 1/CPU share below 1 vCPU). "At most 6 vCPUs" is what is allocated, and never binds
 * (10,240 / 1,769 = 5.79); a single thread uses one of them.
 */
const handlerCpu = (memoryMB: number): number => Math.min(cpuShare(memoryMB), 1);

/** How one invocation unfolds in time and what it bills. */
export interface InvocationTiming {
  /** From admission to the end of the invocation (INIT included). */
  elapsedMs: number;
  /** REPORT `Duration`: the invoke phase, a suppressed init included. */
  durationMs: number;
  /** REPORT `Init Duration` of a regular cold start, else 0. */
  initReportedMs: number;
  billedDurationMs: number;
  timedOut: boolean;
}

export type StartKind = 'warm' | 'cold' | 'reinit';

/** One result object, reused: the hot path allocates nothing (read it before the next call). */
const timing: InvocationTiming = { elapsedMs: 0, durationMs: 0, initReportedMs: 0, billedDurationMs: 0, timedOut: false };

/**
 * Timing rules (lambda-model.md §2.1, §2.4, §2.5, §3):
 * - `durationMs` is what the handler takes at `referenceMemoryMB`; at another
 *   memory its CPU-bound share scales with the CPU share (memory / 1,769 MB),
 *   up to one vCPU.
 * - A cold start runs INIT before the handler; INIT is billed when `initBilled`
 *   (every configuration since 1 Aug 2025), and always on Go and Rust, whose
 *   OS-only runtimes were billed for INIT under the earlier rule too.
 * - On-demand INIT over 10 s fails at 10 s and is retried inside the invoke
 *   (a suppressed init), where it counts against the timeout and is billed as
 *   duration. A reset environment (after a timeout) also runs a suppressed init.
 * - A timeout stops the invoke at the timeout and is billed to it.
 */
export function timeInvocation(
  config: FunctionConfig,
  referenceMemoryMB: number,
  start: StartKind,
  initBilled: boolean,
  rng: SeededRng,
  /** Share of the handler's run that happens: below 1 when the runtime dies part-way (a crash or out of memory). */
  handlerShare = 1,
): InvocationTiming {
  let handlerMs = rng.sample(config.durationMs) * handlerShare;
  if (config.cpuBoundFraction > 0 && config.memoryMB !== referenceMemoryMB) {
    const f = config.cpuBoundFraction;
    handlerMs *= 1 - f + (f * handlerCpu(referenceMemoryMB)) / handlerCpu(config.memoryMB);
  }
  // In a VPC without a NAT gateway an internet call never answers: the handler waits until the timeout
  // (its duration is drawn all the same, so every other draw stays as it was).
  if (config.callsInternet && config.vpc !== null && !config.vpc.natGateway) handlerMs = Infinity;
  const timeoutMs = config.timeoutSeconds * 1000;
  let initMs = 0;
  if (start !== 'warm') {
    initMs = config.initDurationMs ? rng.sample(config.initDurationMs) : DEFAULT_INIT_MS_BY_RUNTIME[config.runtime];
    // §2.4: before Aug 2025 INIT was already billed on custom runtimes (provided.*); Go and Rust run on those OS-only runtimes.
    if (config.runtime === 'go' || config.runtime === 'rust') initBilled = true;
  }

  let beforeInvokeMs = 0;
  let initReportedMs = 0;
  let initBilledMs = 0;
  let invokeMs = handlerMs;
  if (start === 'cold' && initMs <= INIT_LIMIT_MS) {
    beforeInvokeMs = initMs;
    initReportedMs = initMs;
    if (initBilled) initBilledMs = initMs;
  } else if (start === 'cold') {
    beforeInvokeMs = INIT_LIMIT_MS;
    if (initBilled) initBilledMs = INIT_LIMIT_MS;
    invokeMs += initMs;
  } else if (start === 'reinit') {
    invokeMs += initMs;
  }
  const timedOut = invokeMs > timeoutMs;
  if (timedOut) invokeMs = timeoutMs;
  timing.elapsedMs = beforeInvokeMs + invokeMs;
  timing.durationMs = invokeMs;
  timing.initReportedMs = initReportedMs;
  timing.billedDurationMs = billedMs(invokeMs + initBilledMs);
  timing.timedOut = timedOut;
  return timing;
}
