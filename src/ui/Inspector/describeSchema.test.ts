import { describe, expect, it } from 'vitest';
import { accountSchema, CONFIG_SCHEMAS, mappingConfigSchema, writesConfigSchema } from '../../model';
import { describeObject, dottedPaths, type FieldSpec } from './describeSchema';
import { rangeOf } from './FieldInput';

/** Every field the inspector shows, nested groups and optional objects included, with their kind of input. */
function walk(fields: FieldSpec[], out: Map<string, FieldSpec> = new Map()): Map<string, FieldSpec> {
  for (const f of fields) {
    out.set(f.path, f);
    if (f.type === 'group' || f.type === 'optionalObject') walk(f.fields, out);
  }
  return out;
}

const EVERY_FORM: Record<string, FieldSpec[]> = {
  ...Object.fromEntries(Object.entries(CONFIG_SCHEMAS).map(([kind, schema]) => [kind, describeObject(schema)])),
  account: describeObject(accountSchema),
  mapping: describeObject(mappingConfigSchema),
  writes: describeObject(writesConfigSchema),
};

describe('describeObject', () => {
  it('leaves no setting of any node kind, the account or a link to the JSON fallback', () => {
    const json: string[] = [];
    for (const [form, fields] of Object.entries(EVERY_FORM)) for (const f of walk(fields).values()) if (f.type === 'json') json.push(`${form}: ${f.path}`);
    expect(json).toEqual([]);
  });

  it('traffic steps and bursts are lists of number columns; ramp and daily cycle are optional objects', () => {
    const fields = walk(describeObject(CONFIG_SCHEMAS.alb));
    const steps = fields.get('traffic.steps');
    expect(steps?.type).toBe('list');
    if (steps?.type === 'list') expect(steps.itemFields.map((f) => [f.path, f.type])).toEqual([['atSeconds', 'number'], ['ratePerSecond', 'number']]);
    const bursts = fields.get('traffic.bursts');
    expect(bursts?.type).toBe('list');
    if (bursts?.type === 'list') {
      expect(bursts.itemFields.map((f) => f.path)).toEqual(['atSeconds', 'count', 'spreadSeconds']);
      expect(bursts.itemDefaults).toEqual({ spreadSeconds: 0 });
      expect(bursts.itemFields.find((f) => f.path === 'count')).toMatchObject({ type: 'number', int: true });
    }
    const ramp = fields.get('traffic.ramp');
    expect(ramp).toMatchObject({ type: 'optionalObject', nullable: true });
    if (ramp?.type === 'optionalObject') expect(ramp.fields.map((f) => f.path)).toEqual(['traffic.ramp.startSeconds', 'traffic.ramp.endSeconds', 'traffic.ramp.toRatePerSecond']);
    const cycle = fields.get('traffic.dailyCycle');
    expect(cycle).toMatchObject({ type: 'optionalObject', nullable: true, fieldDefaults: { peakHourUTC: 12 } });
    // Fields of a switched-on object keep their ranges: amplitude 0 to 1, peak hour 0 to 24.
    expect(fields.get('traffic.dailyCycle.amplitude')).toMatchObject({ type: 'number', min: 0, max: 1 });
    expect(fields.get('traffic.dailyCycle.peakHourUTC')).toMatchObject({ type: 'number', min: 0, max: 24 });
  });

  it('poison records are a list; a literal is a fixed value; idle keep-alive is a number or a distribution', () => {
    expect(walk(describeObject(CONFIG_SCHEMAS.sqs)).get('poisonRecords')?.type).toBe('list');
    expect(walk(describeObject(CONFIG_SCHEMAS.dynamodbStream)).get('retentionHours')).toMatchObject({ type: 'literal', values: [24] });
    expect(walk(describeObject(accountSchema)).get('idleKeepAliveSeconds')?.type).toBe('numberOrDistribution');
  });
});

describe('dottedPaths', () => {
  it('keys a scenario-wide message about a list row the way the form keys that row', () => {
    expect(dottedPaths({ 'traffic.steps[1].atSeconds': 'a', 'poisonRecords[0] (x).count': 'b', memoryMB: 'c' })).toEqual({
      'traffic.steps.1.atSeconds': 'a',
      'poisonRecords.0.count': 'b',
      memoryMB: 'c',
    });
  });

  it('joins two messages that land on the same path', () => {
    expect(dottedPaths({ 'steps[0].atSeconds': 'too small', 'steps.0.atSeconds': 'not a number' })).toEqual({ 'steps.0.atSeconds': 'too small; not a number' });
  });
});

describe('rangeOf', () => {
  it('states strict bounds as AWS does: a positive whole number is at least 1, a positive time is above 0', () => {
    const alb = walk(describeObject(CONFIG_SCHEMAS.alb));
    const bursts = alb.get('traffic.bursts');
    if (bursts?.type !== 'list') throw new Error('bursts is not a list');
    // count: z.number().int().positive()
    const count = bursts.itemFields.find((f) => f.path === 'count')!;
    expect(count).toMatchObject({ type: 'number', min: 1, minExclusive: false });
    expect(rangeOf(count)).toBe('≥ 1');
    // API Gateway's integration timeout: z.number().positive().max(300)
    const timeout = walk(describeObject(CONFIG_SCHEMAS.apiGateway)).get('integrationTimeoutSeconds')!;
    expect(timeout).toMatchObject({ type: 'number', min: 0, minExclusive: true, max: 300, maxExclusive: false });
    expect(rangeOf(timeout)).toBe('> 0, ≤ 300');
    // Inclusive on both sides stays a plain span: memory 128–10,240 MB.
    expect(rangeOf(walk(describeObject(CONFIG_SCHEMAS.function)).get('memoryMB')!)).toBe('128–10,240');
  });
});
