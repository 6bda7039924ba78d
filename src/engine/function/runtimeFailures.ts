import type { FunctionConfig } from '../../model';
import type { SeededRng } from '../kernel/rng';

/**
 * Failures that end the runtime, not just the request (§2.1): a crash
 * (Runtime.ExitError) or running out of memory (Runtime.OutOfMemory). Unlike a
 * handled error, Lambda then resets the execution environment, and the next
 * invoke on it runs INIT again.
 */
export type RuntimeFailure = 'crash' | 'outOfMemory' | null;

export interface RuntimeFailureDraw {
  failure: RuntimeFailure;
  /** Share of the handler's run before the runtime died (1 when it did not). */
  handlerShare: number;
  /** The invocation's memory use in MB, NaN when the function states none. */
  memoryUsedMB: number;
}

/**
 * Draws, from the function's own `failures` stream, whether this invocation
 * runs out of memory (its drawn memory use is above `memoryMB`) or else crashes
 * (probability `crashRate`), and where in the handler's run that happens:
 * uniformly between its start and its end (AWS documents no point; out of memory
 * happens when the use peaks, which may be at any point of a run). A function
 * with neither setting draws nothing, so its other numbers are those of a
 * function without them.
 */
export function drawRuntimeFailure(config: FunctionConfig, rng: SeededRng, out: RuntimeFailureDraw): RuntimeFailureDraw {
  out.failure = null;
  out.handlerShare = 1;
  out.memoryUsedMB = Number.NaN;
  if (config.memoryUsedMB !== null) {
    out.memoryUsedMB = rng.sample(config.memoryUsedMB);
    if (out.memoryUsedMB > config.memoryMB) out.failure = 'outOfMemory';
  }
  if (out.failure === null && config.crashRate > 0 && rng.next() < config.crashRate) out.failure = 'crash';
  if (out.failure !== null) out.handlerShare = rng.next();
  return out;
}

/** The error type Lambda reports for each (REPORT `Error Type`). */
export const ERROR_TYPE: Readonly<Record<Exclude<RuntimeFailure, null>, string>> = {
  crash: 'Runtime.ExitError',
  outOfMemory: 'Runtime.OutOfMemory',
};
