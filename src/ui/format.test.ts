import { describe, expect, it } from 'vitest';
import { formatCount, formatDurationMs, formatUSD } from './format';

describe('formatCount', () => {
  it('is exact below 10,000, in groups of three', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7.4)).toBe('7');
    expect(formatCount(7.5)).toBe('8');
    expect(formatCount(3829)).toBe('3,829');
    expect(formatCount(9999)).toBe('9,999');
  });

  it('from 10,000 shows three significant digits and a unit', () => {
    // 10,000 / 1,000 = 10.0; 38,291 / 1,000 = 38.291 → 38.3; 123,456 / 1,000 = 123.456 → 123.
    expect(formatCount(10_000)).toBe('10.0 k');
    expect(formatCount(38_291)).toBe('38.3 k');
    expect(formatCount(123_456)).toBe('123 k');
    // 1,234,567 / 10^6 = 1.234567 → 1.23; 45,678,901 / 10^6 = 45.678901 → 45.7.
    expect(formatCount(1_234_567)).toBe('1.23 M');
    expect(formatCount(45_678_901)).toBe('45.7 M');
    expect(formatCount(2_500_000_000)).toBe('2.50 B');
  });

  it('carries a value that rounds up to 1,000 into the next unit', () => {
    // 999,500 is 999.5 k: three digits make it 1,000 k, which is 1.00 M; 999,499 is 999.499 k → 999 k.
    expect(formatCount(999_500)).toBe('1.00 M');
    expect(formatCount(999_499)).toBe('999 k');
    // 9,999.6 rounds to 10,000 first: compact.
    expect(formatCount(9_999.6)).toBe('10.0 k');
  });

  it('takes the threshold of its caller: exact with separators up to it', () => {
    expect(formatCount(168_042, 10_000_000)).toBe('168,042');
    expect(formatCount(12_345_678, 10_000_000)).toBe('12.3 M');
    expect(formatCount(950, 0)).toBe('950');
    expect(formatCount(1500, 0)).toBe('1.50 k');
  });

  it('signs negative numbers and shows a dash for what is not a number', () => {
    expect(formatCount(-38_291)).toBe('−38.3 k');
    expect(formatCount(Number.NaN)).toBe('–');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('–');
  });
});

describe('formatDurationMs', () => {
  it('shows milliseconds below a second', () => {
    expect(formatDurationMs(0)).toBe('0 ms');
    expect(formatDurationMs(4.46)).toBe('4.5 ms');
    expect(formatDurationMs(850.4)).toBe('850 ms');
    expect(formatDurationMs(999.4)).toBe('999 ms');
  });

  it('takes the largest unit that keeps the value at or above 1, with three significant digits', () => {
    // 999.6 ms rounds to 1,000 ms: 1.00 s.
    expect(formatDurationMs(999.6)).toBe('1.00 s');
    expect(formatDurationMs(12_345)).toBe('12.3 s');
    // 13 minutes = 780,000 ms.
    expect(formatDurationMs(780_000)).toBe('13.0 min');
    // 90 s = 1.5 min.
    expect(formatDurationMs(90_000)).toBe('1.50 min');
    // 5.2 h = 18,720,000 ms.
    expect(formatDurationMs(18_720_000)).toBe('5.20 h');
    // 3 days = 259,200,000 ms; 365 days = 31,536,000,000 ms.
    expect(formatDurationMs(259_200_000)).toBe('3.00 d');
    expect(formatDurationMs(31_536_000_000)).toBe('365 d');
  });

  it('carries a rounded-up value into the next unit instead of showing 60.0 s or 60.0 min', () => {
    // 59.96 s is 60.0 s to three digits: that is 1.00 min.
    expect(formatDurationMs(59_960)).toBe('1.00 min');
    expect(formatDurationMs(59_940)).toBe('59.9 s');
    // 59.97 min = 3,598,200 ms: 60.0 min, so 1.00 h.
    expect(formatDurationMs(3_598_200)).toBe('1.00 h');
    // 23.98 h = 86,328,000 ms: 24.0 h, so 1.00 d.
    expect(formatDurationMs(86_328_000)).toBe('1.00 d');
  });
});

describe('formatUSD', () => {
  it('keeps four decimals below ten dollars, cents below ten thousand, then three digits', () => {
    expect(formatUSD(0)).toBe('$0.0000');
    expect(formatUSD(0.00781)).toBe('$0.0078');
    expect(formatUSD(9.99994)).toBe('$9.9999');
    expect(formatUSD(84.364)).toBe('$84.36');
    expect(formatUSD(1234.5)).toBe('$1,234.50');
    // 12,345.6 / 1,000 = 12.3456 → 12.3 k.
    expect(formatUSD(12_345.6)).toBe('$12.3 k');
  });
});
