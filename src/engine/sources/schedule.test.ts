import { describe, expect, it } from 'vitest';
import { nextCronMinute, parseCron, parseSchedule, scheduledMinutes, type CronFields } from './schedule';

const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function cron(body: string): CronFields {
  const parsed = parseCron(body);
  if ('message' in parsed) throw new Error(parsed.message);
  return parsed;
}

// Calendar facts used below, worked by hand: 1 Jan 2026 is a Thursday (1 Jan 2025 was a
// Wednesday and 2025 has 365 days); so 1 Feb 2026 is a Sunday and 1 Aug 2026 a Saturday.
describe('cron expressions, against hand-worked dates (UTC)', () => {
  it('noon every day', () => {
    expect(iso(nextCronMinute(cron('0 12 * * ? *'), utc('2026-01-01T00:00:00Z')))).toBe('2026-01-01T12:00:00.000Z');
    expect(iso(nextCronMinute(cron('0 12 * * ? *'), utc('2026-01-01T12:00:30Z')))).toBe('2026-01-02T12:00:00.000Z');
  });

  it('AWS example: 10:15 on the last Friday of each month (6L)', () => {
    // Fridays of January 2026: 2, 9, 16, 23, 30.
    expect(iso(nextCronMinute(cron('15 10 ? * 6L 2026'), utc('2026-01-01T00:00:00Z')))).toBe('2026-01-30T10:15:00.000Z');
    // February 2026 ends on Saturday the 28th, so its last Friday is the 27th.
    expect(iso(nextCronMinute(cron('15 10 ? * 6L 2026'), utc('2026-01-31T00:00:00Z')))).toBe('2026-02-27T10:15:00.000Z');
  });

  it('every 10 minutes on weekdays skips a weekend', () => {
    // 3 Jan 2026 is a Saturday; the next weekday is Monday 5 January.
    expect(iso(nextCronMinute(cron('0/10 * ? * MON-FRI *'), utc('2026-01-03T00:00:00Z')))).toBe('2026-01-05T00:00:00.000Z');
    expect(iso(nextCronMinute(cron('0/10 * ? * MON-FRI *'), utc('2026-01-05T00:00:01Z')))).toBe('2026-01-05T00:10:00.000Z');
  });

  it('first of the month, the first Monday (2#1), the last day (L)', () => {
    expect(iso(nextCronMinute(cron('0 8 1 * ? *'), utc('2026-01-01T08:00:01Z')))).toBe('2026-02-01T08:00:00.000Z');
    expect(iso(nextCronMinute(cron('0 9 ? * 2#1 *'), utc('2026-01-01T00:00:00Z')))).toBe('2026-01-05T09:00:00.000Z');
    expect(iso(nextCronMinute(cron('0 9 ? * MON#1 *'), utc('2026-01-06T00:00:00Z')))).toBe('2026-02-02T09:00:00.000Z');
    expect(iso(nextCronMinute(cron('0 0 L * ? *'), utc('2026-02-01T00:00:00Z')))).toBe('2026-02-28T00:00:00.000Z');
  });

  it('nearest weekday (W)', () => {
    // 15 Jan 2026 is a Thursday; 15 Feb 2026 is a Sunday, so Monday the 16th.
    expect(iso(nextCronMinute(cron('0 0 15W * ? *'), utc('2026-01-01T00:00:00Z')))).toBe('2026-01-15T00:00:00.000Z');
    expect(iso(nextCronMinute(cron('0 0 15W * ? *'), utc('2026-01-16T00:00:00Z')))).toBe('2026-02-16T00:00:00.000Z');
    // 1 Aug 2026 is a Saturday; W never leaves the month, so Monday the 3rd.
    expect(iso(nextCronMinute(cron('0 0 1W AUG ? *'), utc('2026-07-01T00:00:00Z')))).toBe('2026-08-03T00:00:00.000Z');
  });

  it('ranges, lists and month names', () => {
    expect(iso(nextCronMinute(cron('30 6,18 ? JAN-MAR SUN *'), utc('2026-01-01T00:00:00Z')))).toBe('2026-01-04T06:30:00.000Z');
    expect(iso(nextCronMinute(cron('0 0 1 1 ? 2027'), utc('2026-06-01T00:00:00Z')))).toBe('2027-01-01T00:00:00.000Z');
    expect(nextCronMinute(cron('0 0 1 1 ? 2025'), utc('2026-01-01T00:00:00Z'))).toBeNull();
  });

  it('refuses what AWS refuses', () => {
    expect(parseSchedule('cron(0 12 * * * *)').ok).toBe(false); // day-of-month and day-of-week both given
    expect(parseSchedule('cron(0 12 ? * ? *)').ok).toBe(false);
    expect(parseSchedule('cron(0 12 * * ?)').ok).toBe(false); // five fields
    expect(parseSchedule('cron(60 12 * * ? *)').ok).toBe(false);
    expect(parseSchedule('rate(1 minutes)').ok).toBe(false); // plural with 1
    expect(parseSchedule('rate(5 minute)').ok).toBe(false);
    expect(parseSchedule('rate(0 minutes)').ok).toBe(false);
    expect(parseSchedule('every 5 minutes').ok).toBe(false);
  });
});

describe('rate expressions', () => {
  it('parse to a period', () => {
    expect(parseSchedule('rate(1 minute)')).toEqual({ ok: true, schedule: { kind: 'rate', periodMs: 60_000 } });
    expect(parseSchedule('rate(5 minutes)')).toEqual({ ok: true, schedule: { kind: 'rate', periodMs: 300_000 } });
    expect(parseSchedule('rate(2 hours)')).toEqual({ ok: true, schedule: { kind: 'rate', periodMs: 7_200_000 } });
    expect(parseSchedule('rate(1 day)')).toEqual({ ok: true, schedule: { kind: 'rate', periodMs: 86_400_000 } });
  });

  it('rate(1 minute) gives 60 scheduled minutes in an hour, rate(5 minutes) 12', () => {
    const start = utc('2026-01-01T00:00:00Z');
    const count = (expr: string) => {
      const parsed = parseSchedule(expr);
      if (!parsed.ok) throw new Error(parsed.message);
      return [...scheduledMinutes(parsed.schedule, start, start + 3_600_000)].length;
    };
    expect(count('rate(1 minute)')).toBe(60);
    expect(count('rate(5 minutes)')).toBe(12);
    expect(count('cron(0/15 * * * ? *)')).toBe(4);
    expect(count('cron(0 12 * * ? *)')).toBe(0);
  });
});
