import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../model';
import { addVariant, fieldsOf, FUNCTION_FIELDS, parseFieldText, setVariantField, TRAFFIC_FIELD, variantValue, withVariants } from './variantEdits';

function scenario(): Scenario {
  const p = parseScenario({
    schemaVersion: 2,
    nodes: [
      { id: 'lb', kind: 'alb', config: { traffic: { pattern: 'poisson', ratePerSecond: 100 } } },
      { id: 'api', kind: 'function', config: { memoryMB: 512, reservedConcurrency: 20 } },
    ],
    edges: [{ id: 'e', source: 'lb', target: 'api', kind: 'trigger' }],
  });
  if (!p.ok) throw new Error('bad');
  return p.scenario;
}
const field = (key: string) => FUNCTION_FIELDS.find((f) => f.key === key)!;

describe('editing variants', () => {
  it('adds variants named by letter, at most three', () => {
    let v = addVariant([])!;
    expect(v).toEqual([{ name: 'Variant B', changes: [] }]);
    v = addVariant(addVariant(v)!)!;
    expect(v.map((x) => x.name)).toEqual(['Variant B', 'Variant C', 'Variant D']);
    expect(addVariant(v)).toBeNull();
  });

  it('a field set records only that key; setting it back to the diagram’s value removes the change', () => {
    const s = scenario();
    const api = s.nodes[1];
    let v = setVariantField(addVariant([])!, 0, api, field('memoryMB'), 1024);
    expect(v[0].changes).toEqual([{ nodeId: 'api', config: { memoryMB: 1024 } }]);
    expect(variantValue(api, v[0], field('memoryMB'))).toEqual({ value: 1024, changed: true });
    expect(variantValue(api, v[0], field('reservedConcurrency'))).toEqual({ value: 20, changed: false });
    v = setVariantField(v, 0, api, field('reservedConcurrency'), null);
    expect(v[0].changes).toEqual([{ nodeId: 'api', config: { memoryMB: 1024, reservedConcurrency: null } }]);
    v = setVariantField(setVariantField(v, 0, api, field('memoryMB'), 512), 0, api, field('reservedConcurrency'), 20);
    expect(v[0].changes).toEqual([]);
  });

  it('a source’s rate changes its traffic, keeping the pattern', () => {
    const s = scenario();
    expect(fieldsOf(s.nodes[0])).toEqual([TRAFFIC_FIELD]);
    const v = setVariantField(addVariant([])!, 0, s.nodes[0], TRAFFIC_FIELD, 500);
    expect(v[0].changes[0].config).toEqual({ traffic: { ...(s.nodes[0].config as { traffic: object }).traffic, ratePerSecond: 500 } });
    expect(withVariants(s, v).ok).toBe(true);
  });

  it('reads field text: blank reserved is none, fractions and small numbers are refused with the reason', () => {
    expect(parseFieldText(field('reservedConcurrency'), ' ')).toEqual({ ok: true, value: null });
    expect(parseFieldText(field('memoryMB'), '1,024')).toEqual({ ok: true, value: 1024 });
    expect(parseFieldText(field('memoryMB'), '1.5')).toEqual({ ok: false, message: 'Memory (MB): a whole number' });
    expect(parseFieldText(field('memoryMB'), '')).toEqual({ ok: false, message: 'Memory (MB): a number, please' });
    expect(parseFieldText(field('architecture'), 'arm64')).toEqual({ ok: true, value: 'arm64' });
  });

  it('a variant the schema refuses is not applied, and the message says why', () => {
    const s = scenario();
    const v = setVariantField(addVariant([])!, 0, s.nodes[1], field('memoryMB'), 20_000);
    const r = withVariants(s, v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^variants\[0\] \(Variant B\)\.changes\[0\] \(api\)\.config\.memoryMB: memoryMB 20,000 is above the 10,240 MB/);
  });
});
