import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMAS, trafficSchema } from '../../model';
import { describeObject, type FieldSpec } from './describeSchema';
import { newListRow, optionalObjectStart } from './starters';

const trafficFields = (describeObject(CONFIG_SCHEMAS.alb).find((f) => f.path === 'traffic') as Extract<FieldSpec, { type: 'group' }>).fields;
const field = <T extends FieldSpec['type']>(path: string, type: T) => {
  const spec = trafficFields.find((f) => f.path === path);
  if (spec?.type !== type) throw new Error(`${path} is ${spec?.type}, not ${type}`);
  return spec as Extract<FieldSpec, { type: T }>;
};

describe('newListRow', () => {
  const steps = field('traffic.steps', 'list');
  const traffic = { ratePerSecond: 100 };

  it('a first step comes one minute in, at the base rate', () => {
    expect(newListRow('traffic.steps', steps.itemFields, steps.itemDefaults, [], traffic)).toEqual({ atSeconds: 60, ratePerSecond: 100 });
  });

  it('a next step comes one minute after the last, at the rate then in force', () => {
    const rows = [{ atSeconds: 60, ratePerSecond: 100 }, { atSeconds: 300, ratePerSecond: 250 }];
    expect(newListRow('traffic.steps', steps.itemFields, steps.itemDefaults, rows, traffic)).toEqual({ atSeconds: 360, ratePerSecond: 250 });
  });

  it('a first burst takes the zod default spread (0: all at once)', () => {
    const bursts = field('traffic.bursts', 'list');
    expect(newListRow('traffic.bursts', bursts.itemFields, bursts.itemDefaults, [], traffic)).toEqual({ atSeconds: 60, count: 100, spreadSeconds: 0 });
  });

  it('a first poison record takes the zod defaults: shard 0, one record', () => {
    const poison = describeObject(CONFIG_SCHEMAS.kinesis).find((f) => f.path === 'poisonRecords');
    if (poison?.type !== 'list') throw new Error('poisonRecords is not a list');
    expect(newListRow('poisonRecords', poison.itemFields, poison.itemDefaults, [], {})).toEqual({ atSeconds: 60, shard: 0, count: 1 });
  });
});

describe('optionalObjectStart', () => {
  it('a ramp to twice the base rate from 1:00 to 5:00; the traffic stays valid', () => {
    const ramp = field('traffic.ramp', 'optionalObject');
    const start = optionalObjectStart(ramp.fields, ramp.fieldDefaults, { ratePerSecond: 40 });
    expect(start).toEqual({ startSeconds: 60, endSeconds: 300, toRatePerSecond: 80 });
    expect(trafficSchema.safeParse({ ratePerSecond: 40, ramp: start }).success).toBe(true);
  });

  it('a daily cycle of amplitude 0.5 peaking at the zod default 12:00 UTC', () => {
    const cycle = field('traffic.dailyCycle', 'optionalObject');
    expect(optionalObjectStart(cycle.fields, cycle.fieldDefaults, { ratePerSecond: 40 })).toEqual({ amplitude: 0.5, peakHourUTC: 12 });
  });
});
