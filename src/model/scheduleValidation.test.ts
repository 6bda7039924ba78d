import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMAS } from './nodes';
import { parseScenario } from './validate';

/** A schedule node wired to a function, as a file would hold it. */
function withSchedule(expression: string, startAtUTC?: string) {
  return parseScenario({
    schemaVersion: 2,
    nodes: [
      { id: 'tick', kind: 'eventbridgeSchedule', config: { expression, ...(startAtUTC ? { startAtUTC } : {}) } },
      { id: 'job', kind: 'function', config: {} },
    ],
    edges: [{ id: 'e', source: 'tick', target: 'job', kind: 'trigger' }],
  });
}

const issuesOf = (r: ReturnType<typeof parseScenario>) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`));

describe('schedule expressions follow EventBridge rules (eb-cron-expressions); one that cannot fire is refused, naming the field', () => {
  const refused: [string, string][] = [
    ['rate(0 minutes)', 'rate value "0" must be a whole number of at least 1'],
    ['rate(1.5 hours)', 'rate value "1.5" must be a whole number of at least 1'],
    ['rate(1 minutes)', 'a rate of 1 takes the singular unit: rate(1 minute), not rate(1 minutes)'],
    ['rate(5 minute)', 'a rate above 1 takes the plural unit: rate(5 minutes), not rate(5 minute)'],
    ['rate(2 weeks)', 'rate unit "weeks" is not minute(s), hour(s) or day(s)'],
    ['cron(99 * * * ? *)', 'minutes field 99 is out of range 0–59'],
    ['cron(a b c d e f)', 'minutes field "a" is not a value: minutes takes 0–59'],
    ['cron(0 24 * * ? *)', 'hours field 24 is out of range 0–23'],
    ['cron(0 12 0 * ? *)', 'day-of-month field 0 is out of range 1–31'],
    ['cron(0 12 ? 13 MON *)', 'month field 13 is out of range 1–12 or JAN–DEC'],
    ['cron(0 12 ? * 8 *)', 'day-of-week field 8 is out of range 1–7 or SUN–SAT'],
    ['cron(0 12 * * ? 1969)', 'year field 1969 is out of range 1970–2199'],
    ['cron(0 1,99 * * ? *)', 'hours field 1,99: 99 is out of range 0–23'],
    ['cron(*/0 * * * ? *)', 'minutes field "*/0" has step "0"; a step is a whole number of at least 1'],
    ['cron(0 12 * * * *)', 'day-of-month (*) and day-of-week (*) cannot both be given: one of them must be "?", e.g. cron(0 12 * * ? *)'],
    ['cron(0 12 ? * ? *)', 'day-of-month and day-of-week are both "?": one of them must name days (a value or *), the other "?"'],
    ['cron(? 12 * * ? *)', 'minutes field "?" is not allowed: "?" belongs only in day-of-month or day-of-week'],
    ['cron(0 12 * * ?)', 'cron needs six fields (minutes hours day-of-month month day-of-week year); "0 12 * * ?" has 5'],
    ['cron(0 12 ? * 3#1,6#3 *)', 'day-of-week field "3#1,6#3" uses # wrongly: write one weekday#n, e.g. 3#2 (the second Tuesday); a list such as 3#1,6#3 is not allowed'],
    ['cron(0 12 ? * 2/2 *)', 'day-of-week field "2/2" cannot take a step (/): day-of-week takes , - * ? L #'],
    ['every 5 minutes', '"every 5 minutes" is neither rate(...) nor cron(...): a schedule is rate(value unit), e.g. rate(5 minutes), or cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 12 * * ? *)'],
  ];
  for (const [expression, message] of refused) {
    it(`refuses ${expression}`, () => {
      expect(issuesOf(withSchedule(expression))).toEqual([`nodes[0] (tick).config.expression: ${message}`]);
    });
  }

  it('refuses a valid cron that names no real minute after startAtUTC (30 February; a year already past)', () => {
    expect(issuesOf(withSchedule('cron(0 0 30 2 ? *)'))).toEqual([
      'nodes[0] (tick).config.expression: no minute of this schedule falls in the five years from startAtUTC (2026-01-01T00:00:00.000Z): it would never fire',
    ]);
    expect(issuesOf(withSchedule('cron(0 0 1 1 ? 2025)'))[0]).toMatch(/would never fire/);
    // The same year is fine when the run starts before it.
    expect(issuesOf(withSchedule('cron(0 0 1 1 ? 2025)', '2024-06-01T00:00:00Z'))).toEqual([]);
  });

  it('accepts the forms AWS documents', () => {
    for (const expression of [
      'rate(1 minute)',
      'rate(5 minutes)',
      'rate(1 hour)',
      'rate(2 days)',
      'cron(0/15 * * * ? *)',
      'cron(0 10 * * ? *)',
      'cron(15 12 * * ? *)',
      'cron(0 18 ? * MON-FRI *)',
      'cron(0 8 1 * ? *)',
      'cron(0/10 * ? * MON-FRI *)',
      'cron(0/5 8-17 ? * MON-FRI *)',
      'cron(0 9 ? * 2#1 *)',
      'cron(15 10 ? * 6L 2026-2030)',
      'cron(0 0 L * ? *)',
      'cron(0 0 15W * ? *)',
      'cron(0 0 LW * ? *)',
      'cron(0 0 ? * L *)',
      'cron(30 6,18 ? JAN-MAR SUN *)',
    ])
      expect(issuesOf(withSchedule(expression)), expression).toEqual([]);
  });

  it('the inspector, which validates a node config against CONFIG_SCHEMAS, shows the same message at the expression field', () => {
    const result = CONFIG_SCHEMAS.eventbridgeSchedule.safeParse({ expression: 'cron(99 * * * ? *)' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['expression', 'minutes field 99 is out of range 0–59']]);
    const never = CONFIG_SCHEMAS.eventbridgeSchedule.safeParse({ expression: 'cron(0 0 31 4 ? *)' });
    expect(never.success).toBe(false);
    if (!never.success) expect(never.error.issues.map((i) => i.path.join('.'))).toEqual(['expression']);
  });
});
