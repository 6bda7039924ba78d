/** How the event log names its categories and what it says when it shows no line. */
import type { LogCategory } from '../../engine/api';

/** Each category in words, in the order the category menu lists them. */
export const CATEGORY_WORDS: Readonly<Record<LogCategory, string>> = {
  coldStart: 'cold start',
  throttle: 'throttle',
  error: 'error',
  timeout: 'timeout',
  report: 'report',
  retry: 'retry',
  deadLetter: 'dead letter',
  destination: 'destination',
  drop: 'dropped event',
  scaling: 'scaling',
  recursion: 'recursion',
  patch: 'live edit',
  info: 'info',
};

export const CATEGORIES = Object.keys(CATEGORY_WORDS) as LogCategory[];

export interface LogView {
  /** Lines the run has logged so far. */
  logged: number;
  /** The text typed in the filter box, as typed. */
  text: string;
  category: LogCategory | '';
  /** The function the dashboard is filtered to, by its name. */
  functionName: string | null;
}

/** What the log says instead of lines: nothing logged yet, or nothing logged that the filters let through. */
export function emptyLogMessage(view: LogView): string {
  const filters: string[] = [];
  if (view.text.trim()) filters.push(`“${view.text.trim()}”`);
  if (view.category) filters.push(`category ${CATEGORY_WORDS[view.category]}`);
  if (view.functionName) filters.push(`function ${view.functionName}`);
  if (view.logged === 0) return filters.length > 0 ? 'Nothing logged yet.' : 'Nothing yet. Press Play.';
  if (filters.length === 0) return 'Nothing logged yet.';
  return `No event matches the filter (${filters.join(', ')}); ${view.logged.toLocaleString('en-US')} ${view.logged === 1 ? 'event is' : 'events are'} logged.`;
}
