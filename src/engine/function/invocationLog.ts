import type { BoundedLog } from '../kernel/log';
import type { RefusalReason } from '../ports';
import type { InvocationTiming, StartKind } from './invocationTiming';
import { refusalMessage } from './refusals';
import { ERROR_TYPE, type RuntimeFailure } from './runtimeFailures';

const RESET_WORDS = { timeout: 'a timeout', crash: 'a runtime crash', outOfMemory: 'an out-of-memory error' } as const;

/**
 * The lines a function writes to the event log, in the words of Lambda's own
 * logs where there are some (REPORT, "Task timed out"). Each asks the log
 * first, so a busy run builds no string it would throw away.
 */
export function logColdStart(
  log: BoundedLog,
  nodeId: string,
  kind: StartKind,
  timing: InvocationTiming,
  environments: number,
  resetCause: keyof typeof RESET_WORDS = 'timeout',
): void {
  if (!log.wants('coldStart')) return;
  log.push({
    nodeId,
    level: 'info',
    category: 'coldStart',
    message:
      kind === 'cold'
        ? timing.initReportedMs > 0
          ? `Cold start: no idle environment, a new one runs INIT for ${timing.initReportedMs.toFixed(0)} ms first (${environments} environment${environments === 1 ? '' : 's'} now)`
          : `Cold start: INIT took over 10 s, so it failed and runs again inside the first invoke, under the timeout`
        : `Suppressed init: the environment was reset after ${RESET_WORDS[resetCause]}, INIT runs again inside this invoke`,
  });
}

export function logTimeout(log: BoundedLog, nodeId: string, timeoutSeconds: number): void {
  if (log.wants('timeout')) log.push({ nodeId, level: 'error', category: 'timeout', message: `Task timed out after ${timeoutSeconds.toFixed(2)} seconds` });
}

/**
 * The runtime died (§2.1): Lambda's own line, then why, and what it means for the
 * environment. Out of memory is the kernel killing the process (signal: killed).
 */
export function logRuntimeExit(log: BoundedLog, nodeId: string, failure: Exclude<RuntimeFailure, null>, memoryUsedMB: number, memoryMB: number): void {
  if (!log.wants('error')) return;
  log.push({
    nodeId,
    level: 'error',
    category: 'error',
    message:
      failure === 'outOfMemory'
        ? `Error: Runtime exited with error: signal: killed ${ERROR_TYPE.outOfMemory}: the invocation needed ${Math.round(memoryUsedMB)} MB of ${memoryMB} MB; the environment is reset, the next invoke on it runs INIT again`
        : `Error: Runtime exited with error: exit status 1 ${ERROR_TYPE.crash}: the runtime crashed; the environment is reset, the next invoke on it runs INIT again`,
  });
}

/** Written when the invocation ends, as Lambda writes it. */
export function logReport(
  log: BoundedLog,
  nodeId: string,
  report: { durationMs: number; billedDurationMs: number; initReportedMs: number },
  memoryMB: number,
  status: 'success' | 'error' | 'timeout',
  failure: RuntimeFailure = null,
  memoryUsedMB = Number.NaN,
): void {
  if (!log.wants('report')) return;
  log.push({
    nodeId,
    level: 'info',
    category: 'report',
    message:
      `REPORT Duration: ${report.durationMs.toFixed(2)} ms Billed Duration: ${report.billedDurationMs} ms Memory Size: ${memoryMB} MB` +
      (Number.isNaN(memoryUsedMB) ? '' : ` Max Memory Used: ${Math.min(Math.ceil(memoryUsedMB), memoryMB)} MB`) +
      (report.initReportedMs > 0 ? ` Init Duration: ${report.initReportedMs.toFixed(2)} ms` : '') +
      (status === 'timeout' ? ' Status: timeout' : status === 'error' ? ` Status: error${failure ? ` Error Type: ${ERROR_TYPE[failure]}` : ''}` : ''),
  });
}

export function logThrottle(log: BoundedLog, fn: { id: string; config: { reservedConcurrency: number | null } }, reason: RefusalReason): void {
  if (log.wants('throttle'))
    log.push({ nodeId: fn.id, level: 'warn', category: 'throttle', message: `Throttled (429 ${reason}): ${refusalMessage(reason, fn)}` });
}

export function logRecursion(log: BoundedLog, nodeId: string, maxChain: number): void {
  if (log.wants('recursion'))
    log.push({
      nodeId,
      level: 'error',
      category: 'recursion',
      message: `Recursive loop detected: this would be invocation ${maxChain + 1} of one chain of events; Lambda stops it (RecursiveInvocationsDropped)`,
    });
}

export function logAsyncGaveUp(log: BoundedLog, nodeId: string, condition: string, count: number, deadLettered: boolean): void {
  const category = deadLettered ? 'deadLetter' : 'drop';
  if (!log.wants(category)) return;
  const what = count === 1 ? 'An async event' : `${count} async events`;
  log.push({
    nodeId,
    level: 'warn',
    category,
    message: deadLettered
      ? `${what} gave up (${condition}) and went to the on-failure destination / DLQ`
      : `${what} gave up (${condition}) and ${count === 1 ? 'was' : 'were'} dropped: no DLQ or on-failure destination`,
  });
}
