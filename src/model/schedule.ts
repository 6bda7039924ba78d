/**
 * EventBridge schedule expressions (lambda-model.md §7, Part 1): `rate(value unit)`
 * and six-field `cron(minutes hours day-of-month month day-of-week year)`, in UTC.
 * One parser for the scenario schema (which refuses what cannot fire) and the
 * engine (which fires what it returns). Pure: no clock, no randomness.
 *
 * The rules are EventBridge's (eb-cron-expressions): minutes 0–59 (`, - * /`),
 * hours 0–23 (`, - * /`), day-of-month 1–31 (`, - * ? / L W`), month 1–12 or
 * JAN–DEC (`, - * /`), day-of-week 1–7 or SUN–SAT (`, - * ? L #`), year 1970–2199
 * (`, - * /`); one of day-of-month and day-of-week must be `?`. A rate's value is a
 * whole number of at least 1; its unit is minute(s), hour(s) or day(s), singular
 * for 1 and plural above.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type Schedule = { kind: 'rate'; periodMs: number } | { kind: 'cron'; cron: CronFields };

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

const RATE_UNITS: Record<string, number> = { minute: MINUTE_MS, hour: 60 * MINUTE_MS, day: DAY_MS };

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const SHAPES =
  'a schedule is rate(value unit), e.g. rate(5 minutes), or cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 12 * * ? *)';

export function parseSchedule(expression: string): ParseScheduleResult {
  const text = expression.trim();
  const rate = /^rate\((.*)\)$/i.exec(text);
  if (rate) return parseRate(rate[1]);
  const cron = /^cron\((.*)\)$/i.exec(text);
  if (cron) {
    const parsed = parseCron(cron[1]);
    return 'message' in parsed ? fail(parsed.message) : { ok: true, schedule: { kind: 'cron', cron: parsed } };
  }
  return fail(text === '' ? `the expression is empty: ${SHAPES}` : `"${text}" is neither rate(...) nor cron(...): ${SHAPES}`);
}

function parseRate(body: string): ParseScheduleResult {
  const parts = body.trim().split(/\s+/).filter(Boolean);
  if (parts.length !== 2) return fail(`rate(${body.trim()}) needs a value and a unit, e.g. rate(5 minutes)`);
  const [valueText, unitText] = parts;
  if (!/^\d+$/.test(valueText) || Number(valueText) < 1)
    return fail(`rate value ${JSON.stringify(valueText)} must be a whole number of at least 1`);
  const value = Number(valueText);
  const unit = unitText.toLowerCase();
  const singular = unit.replace(/s$/, '');
  const unitMs = RATE_UNITS[singular];
  if (!unitMs) return fail(`rate unit "${unitText}" is not minute(s), hour(s) or day(s)`);
  // AWS: the singular unit goes with 1 and only with 1.
  if (value === 1 && unit !== singular) return fail(`a rate of 1 takes the singular unit: rate(1 ${singular}), not rate(1 ${unitText})`);
  if (value > 1 && unit === singular) return fail(`a rate above 1 takes the plural unit: rate(${value} ${singular}s), not rate(${value} ${unitText})`);
  return { ok: true, schedule: { kind: 'rate', periodMs: value * unitMs } };
}

function fail(message: string): ParseScheduleResult {
  return { ok: false, message };
}

class CronError extends Error {}

const FIELD_NAMES = 'minutes hours day-of-month month day-of-week year';

export function parseCron(body: string): CronFields | { message: string } {
  const fields = body.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 6)
    return { message: `cron needs six fields (${FIELD_NAMES}); "${body.trim()}" has ${fields.length}` };
  const [min, hour, dom, month, dow, year] = fields;
  try {
    const parsed: CronFields = {
      minutes: parseSet(min, MINUTES),
      hours: parseSet(hour, HOURS),
      dayOfMonth: parseDayOfMonth(dom),
      months: parseSet(month, MONTHS),
      dayOfWeek: parseDayOfWeek(dow),
      years: year === '*' ? null : parseSet(year, YEARS),
    };
    if (dom === '?' && dow === '?')
      throw new CronError('day-of-month and day-of-week are both "?": one of them must name days (a value or *), the other "?"');
    if (dom !== '?' && dow !== '?')
      throw new CronError(
        `day-of-month (${dom}) and day-of-week (${dow}) cannot both be given: one of them must be "?", e.g. cron(0 12 * * ? *)`,
      );
    return parsed;
  } catch (error) {
    if (error instanceof CronError) return { message: error.message };
    throw error;
  }
}

interface Field {
  name: string;
  low: number;
  high: number;
  names?: readonly string[];
  /** Whether the field takes a step (`/`); day-of-week does not. */
  steps: boolean;
}

const MINUTES: Field = { name: 'minutes', low: 0, high: 59, steps: true };
const HOURS: Field = { name: 'hours', low: 0, high: 23, steps: true };
const DAYS_OF_MONTH: Field = { name: 'day-of-month', low: 1, high: 31, steps: true };
const MONTHS: Field = { name: 'month', low: 1, high: 12, names: MONTH_NAMES, steps: true };
const DAYS_OF_WEEK: Field = { name: 'day-of-week', low: 1, high: 7, names: WEEKDAY_NAMES, steps: false };
const YEARS: Field = { name: 'year', low: 1970, high: 2199, steps: true };

function rangeText(f: Field): string {
  const names = f.names ? ` or ${f.names[0]}–${f.names[f.names.length - 1]}` : '';
  return `${f.low}–${f.high}${names}`;
}

/** "minutes field 99 is out of range 0–59"; inside a longer field, "minutes field 1,99: 99 is …". */
function fieldError(f: Field, whole: string, token: string, detail: string): CronError {
  const shown = /^\d+$/.test(token) ? token : JSON.stringify(token);
  return new CronError(token === whole ? `${f.name} field ${shown} ${detail}` : `${f.name} field ${whole}: ${shown} ${detail}`);
}

function parseDayOfMonth(field: string): DayOfMonthRule {
  if (field === '?' || field === '*') return { kind: 'any' };
  if (field === 'LW') return { kind: 'nearestWeekday', day: 'last' };
  const last = /^L(?:-(\d+))?$/.exec(field);
  if (last) {
    const offset = Number(last[1] ?? 0);
    if (offset > 30) throw fieldError(DAYS_OF_MONTH, field, field, 'reaches before the first of the month (L-n takes n up to 30)');
    return { kind: 'last', offset };
  }
  const weekday = /^(\d+)W$/.exec(field);
  if (weekday) return { kind: 'nearestWeekday', day: checkRange(Number(weekday[1]), DAYS_OF_MONTH, field, weekday[1]) };
  if (/[LW]/i.test(field))
    throw fieldError(DAYS_OF_MONTH, field, field, 'uses L or W wrongly: write L (last day), L-3, 15W (weekday nearest the 15th) or LW');
  return { kind: 'set', days: parseSet(field, DAYS_OF_MONTH) };
}

function parseDayOfWeek(field: string): DayOfWeekRule {
  if (field === '?' || field === '*') return { kind: 'any' };
  // L alone is the last day of the week, Saturday.
  if (field.toUpperCase() === 'L') return { kind: 'set', days: new Set([7]) };
  const last = /^([A-Z]{3}|\d)L$/i.exec(field);
  if (last) return { kind: 'lastOfMonth', weekday: parseValue(last[1], DAYS_OF_WEEK, field) };
  const nth = /^([A-Z]{3}|\d)#(\d+)$/i.exec(field);
  if (nth) {
    const n = Number(nth[2]);
    if (n < 1 || n > 5) throw fieldError(DAYS_OF_WEEK, field, field, `asks for week ${n} of the month; # takes 1–5`);
    return { kind: 'nth', weekday: parseValue(nth[1], DAYS_OF_WEEK, field), nth: n };
  }
  if (field.includes('#'))
    throw fieldError(DAYS_OF_WEEK, field, field, 'uses # wrongly: write one weekday#n, e.g. 3#2 (the second Tuesday); a list such as 3#1,6#3 is not allowed');
  if (field.includes('/')) throw fieldError(DAYS_OF_WEEK, field, field, 'cannot take a step (/): day-of-week takes , - * ? L #');
  return { kind: 'set', days: parseSet(field, DAYS_OF_WEEK) };
}

/** `*`, `5`, `1-5`, `MON-FRI`, `0/15`, `*\/10`, `10-40/5` and lists of these. */
function parseSet(field: string, f: Field): Set<number> {
  if (field === '?') throw fieldError(f, field, field, 'is not allowed: "?" belongs only in day-of-month or day-of-week');
  const out = new Set<number>();
  for (const part of field.split(',')) {
    if (part === '') throw fieldError(f, field, part, 'has an empty item in its list');
    const pieces = part.split('/');
    if (pieces.length > 2) throw fieldError(f, field, part, 'has more than one /');
    const [range, stepText] = pieces;
    if (stepText !== undefined && !f.steps) throw fieldError(f, field, part, `cannot take a step (/)`);
    const step = stepText === undefined ? 1 : /^\d+$/.test(stepText) ? Number(stepText) : NaN;
    if (!Number.isInteger(step) || step < 1) throw fieldError(f, field, part, `has step ${JSON.stringify(stepText)}; a step is a whole number of at least 1`);
    let from: number;
    let to: number;
    if (range === '*') {
      from = f.low;
      to = f.high;
    } else if (range.includes('-')) {
      const ends = range.split('-');
      if (ends.length !== 2) throw fieldError(f, field, range, 'is not a range (write from-to, e.g. 1-5)');
      from = parseValue(ends[0], f, field);
      to = parseValue(ends[1], f, field);
      if (to < from) throw fieldError(f, field, range, 'runs backwards (write the smaller end first)');
    } else {
      from = parseValue(range, f, field);
      to = stepText === undefined ? from : f.high;
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function parseValue(text: string, f: Field, whole: string): number {
  const index = f.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index >= 0) return index + 1;
  if (!/^\d+$/.test(text)) throw fieldError(f, whole, text, `is not a value: ${f.name} takes ${rangeText(f)}`);
  return checkRange(Number(text), f, whole, text);
}

function checkRange(value: number, f: Field, whole: string, token: string): number {
  if (value < f.low || value > f.high) throw fieldError(f, whole, token, `is out of range ${rangeText(f)}`);
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

/** How far ahead `nextCronMinute` looks by default, and how far the schema checks that a schedule fires. */
export const CRON_HORIZON_DAYS = 366 * 5;

/**
 * The first scheduled minute at or after `fromEpochMs` (a UTC instant), as epoch
 * milliseconds at the minute's start; null if none within `horizonDays`.
 */
export function nextCronMinute(cron: CronFields, fromEpochMs: number, horizonDays = CRON_HORIZON_DAYS): number | null {
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
 * Why a valid schedule can never fire from `startEpochMs` on (e.g. 30 February, or a
 * year already past), or null when it fires within the five years after it.
 */
export function neverFires(schedule: Schedule, startEpochMs: number): string | null {
  if (schedule.kind === 'rate') return null;
  if (nextCronMinute(schedule.cron, startEpochMs) !== null) return null;
  return `no minute of this schedule falls in the five years from startAtUTC (${new Date(startEpochMs).toISOString()}): it would never fire`;
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
