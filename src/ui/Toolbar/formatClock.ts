/** Simulated time as h:mm:ss (with tenths under an hour), as a stopwatch shows it. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, ms) / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = String(minutes).padStart(2, '0');
  if (hours > 0) return `${hours}:${mm}:${String(Math.floor(seconds)).padStart(2, '0')}`;
  return `${mm}:${seconds.toFixed(1).padStart(4, '0')}`;
}

/** Run time in whole seconds, as axis labels and summaries show it: m:ss, or h:mm:ss from an hour. */
export function formatRunTime(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
