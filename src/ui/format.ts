/**
 * Numbers as the screen shows them in a fixed space (badges, the run summary,
 * toolbar fields): short enough to fit, never cut. Below a threshold a count is
 * exact; above it three significant digits and a unit (38.3 k, 1.23 M). A
 * duration takes the largest unit that keeps it at or above 1 (850 ms, 12.3 s,
 * 13.0 min, 5.20 h, 3.00 d). Rounding happens before the unit is chosen, so
 * 59.96 s shows as 1.00 min, never 60.0 s.
 */

const COUNT_UNITS: readonly { size: number; suffix: string }[] = [
  { size: 1e3, suffix: 'k' },
  { size: 1e6, suffix: 'M' },
  { size: 1e9, suffix: 'B' },
  { size: 1e12, suffix: 'T' },
];

/** Groups of three, as every other number on the screen is written (3,829 beside a difference of −8,930). */
function exactInteger(n: number): string {
  return n.toLocaleString('en-US');
}

/** Three significant digits: 38.291 → "38.3", 123.4 → "123", 1.234 → "1.23", 10 → "10.0". */
const threeDigits = (value: number) => value.toPrecision(3);

/**
 * A count: exact (rounded to a whole number) below `exactBelow`, else three
 * significant digits with k, M, B or T. 38,291 → "38.3 k"; 999,500 → "1.00 M".
 */
export function formatCount(n: number, exactBelow = 10_000): string {
  if (!Number.isFinite(n)) return '–';
  const whole = Math.round(n);
  if (whole < 0) return `−${formatCount(-n, exactBelow)}`;
  if (whole < exactBelow || whole < COUNT_UNITS[0].size) return exactInteger(whole);
  let index = COUNT_UNITS.findLastIndex((u) => whole >= u.size);
  // 999,500 is 999.5 k, which rounds to 1000 k: that is 1.00 M.
  if (Number(threeDigits(whole / COUNT_UNITS[index].size)) >= 1000 && index < COUNT_UNITS.length - 1) index += 1;
  const unit = COUNT_UNITS[index];
  const value = whole / unit.size;
  return `${value >= 1000 ? Math.round(value).toLocaleString('en-US') : threeDigits(value)} ${unit.suffix}`;
}

const DURATION_UNITS: readonly { ms: number; suffix: string; next: number }[] = [
  { ms: 1000, suffix: 's', next: 60 },
  { ms: 60_000, suffix: 'min', next: 60 },
  { ms: 3_600_000, suffix: 'h', next: 24 },
  { ms: 86_400_000, suffix: 'd', next: Number.POSITIVE_INFINITY },
];

/** A duration or an age in milliseconds: "850 ms", "4.5 ms", "12.3 s", "13.0 min", "5.20 h", "3.00 d". */
export function formatDurationMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 0) return `−${formatDurationMs(-ms)}`;
  if (ms < 10 && Math.round(ms * 10) / 10 < 10) return `${Number((Math.round(ms * 10) / 10).toFixed(1))} ms`;
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  let value = ms / DURATION_UNITS[0].ms;
  for (const unit of DURATION_UNITS) {
    const shown = Number(threeDigits(value));
    if (shown < unit.next) return `${value >= 1000 ? Math.round(value).toLocaleString('en-US') : threeDigits(value)} ${unit.suffix}`;
    // A value that only reaches the next unit by rounding (59.96 s shown as 60.0) carries as what was shown: 1.00 min.
    value = (value < unit.next ? shown : value) / unit.next;
  }
  return '–';
}

/** Dollars: four decimals below $10 (a run of a few minutes costs fractions of a cent), cents below $10,000, then 12.3 k. */
export function formatUSD(usd: number): string {
  if (!Number.isFinite(usd)) return '–';
  if (usd < 0) return `−${formatUSD(-usd)}`;
  if (usd < 10) return `$${usd.toFixed(4)}`;
  if (Math.round(usd * 100) < 1_000_000) return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return `$${formatCount(usd, 0)}`;
}
