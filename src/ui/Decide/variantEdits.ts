/**
 * Editing variants from the Decide panel: which settings a variant can change
 * on which nodes, and each edit as a new `variants` list, checked by the
 * scenario schema before it reaches the diagram. Pure.
 */
import { MAX_VARIANTS, designLetter, parseScenario, type Scenario, type ScenarioNode, type Variant } from '../../model';

export interface VariantField {
  key: string;
  label: string;
  /** Whole numbers or a choice. */
  input: { type: 'int'; min: number; blankIs?: null } | { type: 'number'; min: number } | { type: 'choice'; options: readonly string[] };
  /** The field's value in a config, or undefined when the node has no such field. */
  read(config: Record<string, unknown>): unknown;
  /** The config keys a new value sets. */
  patch(config: Record<string, unknown>, value: unknown): Record<string, unknown>;
}

const plain = (key: string, label: string, input: VariantField['input']): VariantField => ({
  key,
  label,
  input,
  read: (c) => c[key],
  patch: (_c, value) => ({ [key]: value }),
});

/** The settings a variant changes most often: a function's size and limits, a source's rate. */
export const FUNCTION_FIELDS: readonly VariantField[] = [
  plain('memoryMB', 'Memory (MB)', { type: 'int', min: 128 }),
  plain('architecture', 'Architecture', { type: 'choice', options: ['x86_64', 'arm64'] }),
  plain('reservedConcurrency', 'Reserved concurrency', { type: 'int', min: 0, blankIs: null }),
  plain('provisionedConcurrency', 'Provisioned concurrency', { type: 'int', min: 0 }),
  plain('timeoutSeconds', 'Timeout (s)', { type: 'int', min: 1 }),
];

export const TRAFFIC_FIELD: VariantField = {
  key: 'traffic.ratePerSecond',
  label: 'Rate (per second)',
  input: { type: 'number', min: 0 },
  read: (c) => (c.traffic && typeof c.traffic === 'object' ? (c.traffic as { ratePerSecond?: unknown }).ratePerSecond : undefined),
  patch: (c, value) => ({ traffic: { ...(c.traffic as object), ratePerSecond: value } }),
};

/** The fields a variant can change on `node`. */
export function fieldsOf(node: ScenarioNode): readonly VariantField[] {
  if (node.kind === 'function') return FUNCTION_FIELDS;
  return typeof TRAFFIC_FIELD.read(node.config as Record<string, unknown>) === 'number' ? [TRAFFIC_FIELD] : [];
}

/** Text in a field → its value, or why not. Blank reserved concurrency means none. */
export function parseFieldText(field: VariantField, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const t = text.trim();
  if (field.input.type === 'choice')
    return field.input.options.includes(t) ? { ok: true, value: t } : { ok: false, message: `${field.label}: one of ${field.input.options.join(', ')}` };
  if (t === '' && field.input.type === 'int' && field.input.blankIs === null) return { ok: true, value: null };
  const n = Number(t.replace(/,/g, ''));
  if (t === '' || !Number.isFinite(n)) return { ok: false, message: `${field.label}: a number, please` };
  if (field.input.type === 'int' && !Number.isInteger(n)) return { ok: false, message: `${field.label}: a whole number` };
  if (n < field.input.min) return { ok: false, message: `${field.label}: at least ${field.input.min}` };
  return { ok: true, value: n };
}

/** What a field shows: the value, blank for "none". */
export const fieldText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The value of `field` on `node` in `variant`: its change when it has one, else the diagram's. */
export function variantValue(node: ScenarioNode, variant: Variant, field: VariantField): { value: unknown; changed: boolean } {
  const change = variant.changes.find((c) => c.nodeId === node.id);
  const merged = { ...(node.config as Record<string, unknown>), ...change?.config };
  const value = field.read(merged);
  return { value, changed: change !== undefined && JSON.stringify(value) !== JSON.stringify(field.read(node.config as Record<string, unknown>)) };
}

/** The variants with `field` of `node` set to `value` in variant `index` (the diagram's own value removes the change). */
export function setVariantField(variants: readonly Variant[], index: number, node: ScenarioNode, field: VariantField, value: unknown): Variant[] {
  return variants.map((v, i) => {
    if (i !== index) return v;
    const base = node.config as Record<string, unknown>;
    const old = v.changes.find((c) => c.nodeId === node.id);
    const config: Record<string, unknown> = { ...old?.config };
    const sameAsBase = JSON.stringify(field.read(base)) === JSON.stringify(value);
    const patch = field.patch({ ...base, ...config }, value);
    for (const [k, val] of Object.entries(patch)) {
      if (sameAsBase && JSON.stringify(base[k]) === JSON.stringify(val)) delete config[k];
      else config[k] = val;
    }
    const changes = v.changes.filter((c) => c.nodeId !== node.id);
    if (Object.keys(config).length > 0) {
      const at = old ? v.changes.indexOf(old) : changes.length;
      changes.splice(at, 0, { nodeId: node.id, config });
    }
    return { ...v, changes };
  });
}

/** A fresh variant named after its letter, with no changes yet (null when there are already MAX_VARIANTS). */
export function addVariant(variants: readonly Variant[]): Variant[] | null {
  if (variants.length >= MAX_VARIANTS) return null;
  const taken = new Set(variants.map((v) => v.name));
  let n = variants.length + 1;
  let name = `Variant ${designLetter(n)}`;
  while (taken.has(name)) name = `Variant ${designLetter(++n)}`;
  return [...variants, { name, changes: [] }];
}

/** The scenario with these variants, or the problems the schema finds in them. */
export function withVariants(scenario: Scenario, variants: readonly Variant[]): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const next = { ...scenario, variants: [...variants] };
  const parsed = parseScenario(next);
  if (parsed.ok) return { ok: true, scenario: parsed.scenario };
  return { ok: false, message: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n') };
}
