import { expect, it } from 'vitest';
import { formatClock, formatRunTime } from './formatClock';

it('shows minutes, seconds and tenths under an hour, whole seconds beyond', () => {
  expect(formatClock(0)).toBe('00:00.0');
  expect(formatClock(61_250)).toBe('01:01.3');
  expect(formatClock(599_900)).toBe('09:59.9');
  expect(formatClock(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
});

it('writes run times in whole seconds: m:ss, or h:mm:ss from an hour', () => {
  expect(formatRunTime(0)).toBe('0:00');
  expect(formatRunTime(600)).toBe('10:00');
  expect(formatRunTime(3725)).toBe('1:02:05');
});

it('never shows 60 seconds: a time that rounds up carries into the next minute', () => {
  expect(formatClock(599_960)).toBe('10:00.0');
  expect(formatClock(600_000)).toBe('10:00.0');
  expect(formatClock(59_999)).toBe('01:00.0');
  expect(formatClock(3_599_990)).toBe('1:00:00');
  expect(formatClock(3_600_000 + 59_940)).toBe('1:00:59');
  expect(formatClock(3_600_000 + 59_999)).toBe('1:01:00');
  for (let ms = 0; ms < 7_300_000; ms += 37) expect(formatClock(ms)).not.toMatch(/(^|:)60(\.|$)/);
});
