import type { LogCategory, LogEntry } from '../api';
import type { Clock } from './metrics';

/** At most about this many entries wait for `take`; the oldest go first, so memory stays flat. */
const CAPACITY = 5000;
/** Notable entries of one category kept per simulated second: a throttle storm shows its start, not 10,000 lines. */
const NOTABLE_PER_SECOND = 25;

/**
 * The event log. Routine START/END/REPORT lines (category `report`) are
 * thinned to `reportLinesPerSecond`; notable entries to a generous budget per
 * category and second. Callers ask `wants` before building a message.
 */
export class BoundedLog {
  private entries: LogEntry[] = [];
  private second = -1;
  private usedThisSecond: Partial<Record<LogCategory, number>> = {};
  dropped = 0;

  constructor(
    private readonly clock: Clock,
    private readonly reportLinesPerSecond: number,
  ) {}

  /** Until when the `report` budget of the current second is spent (a fast no for the hot path). */
  private reportsClosedUntilMs = -1;

  /** True when an entry of this category at the current time would be kept. */
  wants(category: LogCategory): boolean {
    if (category === 'report' && this.clock.now < this.reportsClosedUntilMs) return false;
    const second = Math.floor(this.clock.now / 1000);
    if (second !== this.second) {
      this.second = second;
      this.usedThisSecond = {};
    }
    const budget = category === 'report' ? this.reportLinesPerSecond : NOTABLE_PER_SECOND;
    return (this.usedThisSecond[category] ?? 0) < budget;
  }

  push(entry: Omit<LogEntry, 'tMs'>): void {
    if (!this.wants(entry.category)) {
      this.dropped++;
      return;
    }
    const used = (this.usedThisSecond[entry.category] ?? 0) + 1;
    this.usedThisSecond[entry.category] = used;
    if (entry.category === 'report' && used >= this.reportLinesPerSecond) this.reportsClosedUntilMs = (this.second + 1) * 1000;
    this.entries.push({ tMs: this.clock.now, ...entry });
    if (this.entries.length >= 2 * CAPACITY) {
      this.dropped += this.entries.length - CAPACITY;
      this.entries = this.entries.slice(-CAPACITY);
    }
  }

  take(): LogEntry[] {
    const out = this.entries.length > CAPACITY ? this.entries.slice(-CAPACITY) : this.entries;
    this.entries = [];
    return out;
  }
}
