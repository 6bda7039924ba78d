/**
 * The simulated clock and the run-to-end progress bar. They redraw with the
 * badges (src/store/liveSnapshot.ts), not on every worker frame: ten toolbar
 * redraws a second are ten paints for a number that changes too fast to read.
 */
import { useLiveValue } from '../../store/liveSnapshot';
import { formatClock } from './formatClock';

const clockOf = (run: { clockMs: number }) => run.clockMs;

export function SimClock({ totalMs }: { totalMs: number }) {
  const clockMs = useLiveValue(clockOf);
  return (
    <output className="lp-clock" aria-label="Simulated clock" data-testid="clock" data-ms={clockMs}>
      {formatClock(clockMs)} <span className="lp-clock-end">/ {formatClock(totalMs)}</span>
    </output>
  );
}

export function RunProgress({ totalMs }: { totalMs: number }) {
  const clockMs = useLiveValue(clockOf);
  return <progress max={totalMs} value={clockMs} aria-label="Run progress" />;
}
