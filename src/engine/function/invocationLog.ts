import type { BoundedLog } from '../kernel/log';
import type { RefusalReason } from '../ports';
import type { InvocationTiming, StartKind } from './invocationTiming';
import { refusalMessage } from './refusals';

/**
 * The lines a function writes to the event log, in the words of Lambda's own
 * logs where there are some (REPORT, "Task timed out"). Each asks the log
 * first, so a busy run builds no string it would throw away.
 */
export function logColdStart(log: BoundedLog, nodeId: string, kind: StartKind, timing: InvocationTiming, environments: number): void {
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
        : `Suppressed init: the environment was reset after a timeout, INIT runs again inside this invoke`,
  });
}

export function logTimeout(log: BoundedLog, nodeId: string, timeoutSeconds: number): void {
  if (log.wants('timeout')) log.push({ nodeId, level: 'error', category: 'timeout', message: `Task timed out after ${timeoutSeconds.toFixed(2)} seconds` });
}

/** Written when the invocation ends, as Lambda writes it. */
export function logReport(
  log: BoundedLog,
  nodeId: string,
  report: { durationMs: number; billedDurationMs: number; initReportedMs: number },
  memoryMB: number,
  status: 'success' | 'error' | 'timeout',
): void {
  if (!log.wants('report')) return;
  log.push({
    nodeId,
    level: 'info',
    category: 'report',
    message:
      `REPORT Duration: ${report.durationMs.toFixed(2)} ms Billed Duration: ${report.billedDurationMs} ms Memory Size: ${memoryMB} MB` +
      (report.initReportedMs > 0 ? ` Init Duration: ${report.initReportedMs.toFixed(2)} ms` : '') +
      (status === 'timeout' ? ' Status: timeout' : status === 'error' ? ' Status: error' : ''),
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
