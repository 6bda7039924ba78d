/**
 * Simulated time as h:mm:ss (with tenths under an hour), as a stopwatch shows it.
 * The time is rounded to its shown unit once, before it is split into minutes and
 * seconds, so a rounded-up 59.96 s carries into the next minute instead of showing 60.
 */
export function formatClock(ms: number): string {
  const tenths = Math.round(Math.max(0, ms) / 100);
  if (tenths >= 36_000) {
    const wholeSeconds = Math.floor(tenths / 10);
    const hours = Math.floor(wholeSeconds / 3600);
    const minutes = Math.floor((wholeSeconds % 3600) / 60);
    const seconds = wholeSeconds % 60;
    return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  }
  const minutes = Math.floor(tenths / 600);
  const secondTenths = tenths % 600;
  const seconds = `${Math.floor(secondTenths / 10)}.${secondTenths % 10}`;
  return `${String(minutes).padStart(2, '0')}:${seconds.padStart(4, '0')}`;
}

/** Run time in whole seconds, as axis labels and summaries show it: m:ss, or h:mm:ss from an hour. */
export function formatRunTime(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
