/** Notable events with their reasons, and START / END / REPORT lines; filterable, bounded by the run store. */
import { useMemo, useState } from 'react';
import type { LogCategory, LogEntry } from '../../engine/api';
import type { RunState } from '../../store/runStore';
import { useThrottledRun } from './useThrottledRun';
import { formatClock } from '../Toolbar/formatClock';
import { CATEGORIES, CATEGORY_WORDS, emptyLogMessage } from './logWords';

/** Lines drawn at most; the store keeps more for filtering. */
const SHOWN_LINES = 150;
/** The log redraws about twice a second. */
const LOG_REDRAW_MS = 500;
const logOf = (s: RunState) => s.log;

/**
 * A key per log entry for as long as it is shown: lines keep their element
 * when newer lines arrive above them, so a redraw adds and removes a few
 * lines instead of rebuilding all of them.
 */
const entryKeys = new WeakMap<LogEntry, number>();
let nextEntryKey = 0;
function keyOf(entry: LogEntry): number {
  let key = entryKeys.get(entry);
  if (key === undefined) {
    key = nextEntryKey++;
    entryKeys.set(entry, key);
  }
  return key;
}


export function EventLog({ functionFilter }: { functionFilter: string | null }) {
  const deferredLog = useThrottledRun(logOf, LOG_REDRAW_MS);
  const [text, setText] = useState('');
  const [category, setCategory] = useState<LogCategory | ''>('');
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const out = deferredLog.filter(
      (e) =>
        (!category || e.category === category) &&
        (!functionFilter || e.nodeId === functionFilter) &&
        (!needle || e.message.toLowerCase().includes(needle) || e.nodeId.toLowerCase().includes(needle)),
    );
    return out.slice(-SHOWN_LINES).toReversed();
  }, [deferredLog, text, category, functionFilter]);

  return (
    <section className="lp-log" aria-label="Event log">
      <div className="lp-log-head">
        <h2>Event log</h2>
        <input type="search" placeholder="Filter…" aria-label="Filter the event log" value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label="Event category" value={category} onChange={(e) => setCategory(e.target.value as LogCategory | '')}>
          <option value="">all events</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_WORDS[c]}
            </option>
          ))}
        </select>
      </div>
      <ol className="lp-log-lines" data-testid="event-log" aria-live="off">
        {shown.length === 0 && (
          <li className="lp-log-empty">{emptyLogMessage({ logged: deferredLog.length, text, category, functionName: functionFilter })}</li>
        )}
        {shown.map((entry) => (
          <li key={keyOf(entry)} className={`lp-log-${entry.level}`}>
            <time>{formatClock(entry.tMs)}</time> <span className="lp-log-node">{entry.nodeId}</span> <span>{entry.message}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
