/**
 * EventBridge schedule expressions (lambda-model.md §7, Part 1): `rate(N unit)`
 * and six-field `cron(minutes hours day-of-month month day-of-week year)`, in UTC.
 * Pure: no clock, no randomness; the node adds the jitter within the minute.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type Schedule =
  | { kind: 'rate'; periodMs: number }
  | { kind: 'cron'; cron: CronFields };

export type ParseScheduleResult = { ok: true; schedule: Schedule } | { ok: false; message: string };

/** Day-of-month rule: a set of days, the last day (`L`), or the weekday nearest a day (`15W`, `LW`). */
type DayOfMonthRule =
  | { kind: 'any' }
  | { kind: 'set'; days: ReadonlySet<number> }
  | { kind: 'last'; offset: number }
  | { kind: 'nearestWeekday'; day: number | 'last' };

/** Day-of-week rule, 1 = Sunday as in AWS: a set, the last such weekday (`6L`), or the nth (`3#2`). */
type DayOfWeekRule =
  | { kind: 'any' }
  | { kind: 'set'; days: ReadonlySet<number> }
  | { kind: 'lastOfMonth'; weekday: number }
  | { kind: 'nth'; weekday: number; nth: number };

export interface CronFields {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  dayOfMonth: DayOfMonthRule;
  months: ReadonlySet<number>;
  dayOfWeek: DayOfWeekRule;
  /** null: every year. */
  years: ReadonlySet<number> | null;
}

const RATE_UNITS: Record<string, number> = {
  minute: MINUTE_MS,
  minutes: MINUTE_MS,
  hour: 60 * MINUTE_MS,
  hours: 60 * MINUTE_MS,
  day: DAY_MS,
  days: DAY_MS,
};

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export function parseSchedule(expression: string): ParseScheduleResult {
  const text = expression.trim();
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/i.exec(text);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2].toLowerCase();
    const unitMs = RATE_UNITS[unit];
    if (!unitMs) return fail(`unknown rate unit "${rate[2]}": use minute(s), hour(s) or day(s)`);
    if (value < 1) return fail('a rate must be at least 1');
    // AWS: the singular unit goes with 1 and only with 1.
    if ((value === 1) !== !unit.endsWith('s')) return fail(`write rate(1 ${unit.replace(/s$/, '')}) or rate(N ${unit.replace(/s?$/, 's')})`);
    return { ok: true, schedule: { kind: 'rate', periodMs: value * unitMs } };
  }
  const cron = /^cron\((.*)\)$/i.exec(text);
  if (cron) {
    const parsed = parseCron(cron[1]);
    return 'message' in parsed ? fail(parsed.message) : { ok: true, schedule: { kind: 'cron', cron: parsed } };
  }
  return fail('a schedule is rate(N minutes|hours|days) or cron(minutes hours day-of-month month day-of-week year)');
}

function fail(message: string): ParseScheduleResult {
  return { ok: false, message };
}

export function parseCron(body: string): CronFields | { message: string } {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return { message: `cron needs six fields (minutes hours day-of-month month day-of-week year); got ${fields.length}` };
  const [min, hour, dom, month, dow, year] = fields;
  try {
    if ((dom === '?') === (dow === '?')) throw new Error('one of day-of-month and day-of-week must be "?", and only one');
    return {
      minutes: parseSet(min, 0, 59, 'minutes'),
      hours: parseSet(hour, 0, 23, 'hours'),
      dayOfMonth: parseDayOfMonth(dom),
      months: parseSet(month, 1, 12, 'month', MONTH_NAMES),
      dayOfWeek: parseDayOfWeek(dow),
      years: year === '*' ? null : parseSet(year, 1970, 2199, 'year'),
    };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

function parseDayOfMonth(field: string): DayOfMonthRule {
  if (field === '?' || field === '*') return { kind: 'any' };
  if (field === 'LW') return { kind: 'nearestWeekday', day: 'last' };
  const last = /^L(?:-(\d+))?$/.exec(field);
  if (last) return { kind: 'last', offset: Number(last[1] ?? 0) };
  const weekday = /^(\d+)W$/.exec(field);
  if (weekday) return { kind: 'nearestWeekday', day: checkRange(Number(weekday[1]), 1, 31, 'day-of-month') };
  return { kind: 'set', days: parseSet(field, 1, 31, 'day-of-month') };
}

function parseDayOfWeek(field: string): DayOfWeekRule {
  if (field === '?' || field === '*') return { kind: 'any' };
  const last = /^([A-Z]{3}|\d)L$/i.exec(field);
  if (last) return { kind: 'lastOfMonth', weekday: parseValue(last[1], 1, 7, 'day-of-week', WEEKDAY_NAMES) };
  const nth = /^([A-Z]{3}|\d)#(\d)$/i.exec(field);
  if (nth) {
    return {
      kind: 'nth',
      weekday: parseValue(nth[1], 1, 7, 'day-of-week', WEEKDAY_NAMES),
      nth: checkRange(Number(nth[2]), 1, 5, 'day-of-week #'),
    };
  }
  return { kind: 'set', days: parseSet(field, 1, 7, 'day-of-week', WEEKDAY_NAMES) };
}

/** `*`, `5`, `1-5`, `MON-FRI`, `0/15`, `*\/10`, `10-40/5` and lists of these. */
function parseSet(field: string, low: number, high: number, name: string, names?: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad step "${stepText}" in ${name}`);
    let from: number;
    let to: number;
    if (range === '*') {
      from = low;
      to = high;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      from = parseValue(a, low, high, name, names);
      to = parseValue(b, low, high, name, names);
      if (to < from) throw new Error(`range ${range} runs backwards in ${name}`);
    } else {
      from = parseValue(range, low, high, name, names);
      to = stepText === undefined ? from : high;
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function parseValue(text: string, low: number, high: number, name: string, names?: readonly string[]): number {
  const index = names?.indexOf(text.toUpperCase()) ?? -1;
  if (index >= 0) return index + 1;
  if (!/^\d+$/.test(text)) throw new Error(`"${text}" is not a value of ${name}`);
  return checkRange(Number(text), low, high, name);
}

function checkRange(value: number, low: number, high: number, name: string): number {
  if (value < low || value > high) throw new Error(`${value} is outside ${low}-${high} in ${name}`);
  return value;
}

const daysInMonth = (year: number, month1: number): number => new Date(Date.UTC(year, month1, 0)).getUTCDate();
/** 1 = Sunday, as AWS cron counts. */
const weekdayOf = (year: number, month1: number, day: number): number => new Date(Date.UTC(year, month1 - 1, day)).getUTCDay() + 1;

function dayMatches(cron: CronFields, year: number, month1: number, day: number): boolean {
  if (cron.years && !cron.years.has(year)) return false;
  if (!cron.months.has(month1)) return false;
  const length = daysInMonth(year, month1);
  const weekday = weekdayOf(year, month1, day);
  const dom = cron.dayOfMonth;
  switch (dom.kind) {
    case 'set':
      if (!dom.days.has(day)) return false;
      break;
    case 'last':
      if (day !== length - dom.offset) return false;
      break;
    case 'nearestWeekday':
      if (day !== nearestWeekday(year, month1, dom.day === 'last' ? length : Math.min(dom.day, length))) return false;
      break;
    case 'any':
      break;
  }
  const dow = cron.dayOfWeek;
  switch (dow.kind) {
    case 'set':
      return dow.days.has(weekday);
    case 'lastOfMonth':
      return weekday === dow.weekday && day + 7 > length;
    case 'nth':
      return weekday === dow.weekday && Math.ceil(day / 7) === dow.nth;
    case 'any':
      return true;
  }
}

/** The weekday closest to `day` without leaving the month (Quartz `W`). */
function nearestWeekday(year: number, month1: number, day: number): number {
  const weekday = weekdayOf(year, month1, day);
  const length = daysInMonth(year, month1);
  if (weekday === 7) return day === 1 ? 3 : day - 1; // Saturday: Friday before, or Monday after on the 1st
  if (weekday === 1) return day === length ? day - 2 : day + 1; // Sunday: Monday after, or Friday before on the last day
  return day;
}

/**
 * The first scheduled minute at or after `fromEpochMs` (a UTC instant), as epoch
 * milliseconds at the minute's start; null if none within `horizonDays`.
 */
export function nextCronMinute(cron: CronFields, fromEpochMs: number, horizonDays = 366 * 5): number | null {
  const firstMinute = Math.ceil(fromEpochMs / MINUTE_MS) * MINUTE_MS;
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  const hours = [...cron.hours].sort((a, b) => a - b);
  let dayStart = Math.floor(firstMinute / DAY_MS) * DAY_MS;
  for (let i = 0; i <= horizonDays; i++, dayStart += DAY_MS) {
    const date = new Date(dayStart);
    if (!dayMatches(cron, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        const at = dayStart + hour * 3_600_000 + minute * MINUTE_MS;
        if (at >= firstMinute) return at;
      }
    }
  }
  return null;
}

/**
 * Scheduled minutes (epoch ms, each the start of its minute) in [fromEpochMs, toEpochMs).
 * A rate schedule starts when the schedule is created: its first period begins at `fromEpochMs`.
 */
export function* scheduledMinutes(schedule: Schedule, fromEpochMs: number, toEpochMs: number): Generator<number> {
  if (schedule.kind === 'rate') {
    for (let at = fromEpochMs; at < toEpochMs; at += schedule.periodMs) yield at;
    return;
  }
  let at = nextCronMinute(schedule.cron, fromEpochMs);
  while (at !== null && at < toEpochMs) {
    yield at;
    at = nextCronMinute(schedule.cron, at + MINUTE_MS);
  }
}
