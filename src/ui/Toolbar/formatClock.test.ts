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
