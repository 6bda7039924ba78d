/**
 * Keeps a node's event log readable when the same thing happens thousands of
 * times (a queue redriving a backlog, a stream skipping batch after batch): at
 * most one line per kind of event per simulated second, saying how many
 * happened since the last line.
 */
import type { LogEntry } from '../api';
import type { EngineContext } from '../ports';

const INTERVAL_MS = 1000;

export class LogLimiter {
  private readonly lastMs = new Map<string, number>();
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly nodeId: string,
  ) {}

  /** `message(n)` describes the n occurrences (this one included) since the last line of this kind. */
  note(kind: string, count: number, level: LogEntry['level'], category: LogEntry['category'], message: (n: number) => string): void {
    const now = this.ctx.kernel.now;
    const total = (this.pending.get(kind) ?? 0) + count;
    if (now - (this.lastMs.get(kind) ?? -Infinity) < INTERVAL_MS) {
      this.pending.set(kind, total);
      return;
    }
    this.lastMs.set(kind, now);
    this.pending.set(kind, 0);
    this.ctx.log({ nodeId: this.nodeId, level, category, message: message(total) });
  }
}
