/**
 * Turns a zod object schema of src/model into form fields: kind of input,
 * allowed range and whether empty means null. The schema stays the one
 * source of truth for ranges and validation.
 */
import type { z } from 'zod';

interface Common {
  /** Dotted path inside the config: `memoryMB`, `async.maximumRetryAttempts`. */
  path: string;
  /** Empty input means null (e.g. no reserved concurrency). */
  nullable: boolean;
  /** Empty input means "leave unset" (the default applies). */
  optional: boolean;
}

export type FieldSpec =
  /** `minExclusive`: the value must be above `min` (zod's positive() or gt()); likewise `maxExclusive`. */
  | (Common & { type: 'number'; min: number | null; max: number | null; minExclusive: boolean; maxExclusive: boolean; int: boolean })
  | (Common & { type: 'enum'; options: string[] })
  | (Common & { type: 'boolean' })
  | (Common & { type: 'string' })
  | (Common & { type: 'distribution' })
  /** A number, or a random quantity drawn per use (e.g. idle keep-alive). */
  | (Common & { type: 'numberOrDistribution' })
  /** A value fixed by AWS (a literal in the schema): shown, not edited when there is one. */
  | (Common & { type: 'literal'; values: (string | number | boolean)[] })
  /** A list of objects: one table row per item; `itemFields` paths are relative to an item. */
  | (Common & { type: 'list'; itemFields: FieldSpec[]; itemDefaults: Record<string, unknown> })
  /** An object that may be absent (null or unset): a "Use …" switch, then its fields (paths absolute). */
  | (Common & { type: 'optionalObject'; fields: FieldSpec[]; fieldDefaults: Record<string, unknown> })
  | (Common & { type: 'json' })
  | (Common & { type: 'group'; fields: FieldSpec[] });

type AnySchema = z.ZodType & {
  def: { type: string; innerType?: AnySchema; options?: AnySchema[]; element?: AnySchema; values?: unknown[] };
};

function unwrap(schema: AnySchema): { inner: AnySchema; nullable: boolean; optional: boolean } {
  let inner = schema;
  let nullable = false;
  let optional = false;
  for (;;) {
    const type = inner.def.type;
    if (type === 'nullable') nullable = true;
    else if (type === 'optional') optional = true;
    else if (type !== 'default' && type !== 'prefault' && type !== 'readonly') break;
    const next = inner.def.innerType;
    if (!next) break;
    inner = next;
  }
  return { inner, nullable, optional };
}

/** zod reports an unbounded side as ±MAX_SAFE_INTEGER or ±Infinity: no limit to show. */
function finite(v: number | null): number | null {
  return v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v;
}

/** Whether the bound `value` comes from a strict check (`inclusive: false`), e.g. zod's positive(). */
function hasExclusiveBound(schema: AnySchema, check: 'greater_than' | 'less_than', value: number): boolean {
  const checks = (schema.def as { checks?: { _zod: { def: { check?: string; value?: unknown; inclusive?: boolean } } }[] }).checks ?? [];
  return checks.some(({ _zod: { def } }) => def.check === check && def.value === value && def.inclusive === false);
}

function isDistribution(schema: AnySchema): boolean {
  const options = schema.def.options ?? [];
  return options.length > 0 && options.every((o) => {
    const shape = (o as unknown as { shape?: Record<string, unknown> }).shape;
    return shape !== undefined && 'distribution' in shape;
  });
}

function isNumberOrDistribution(schema: AnySchema): boolean {
  const options = schema.def.options ?? [];
  const isNumber = (o: AnySchema) => unwrap(o).inner.def.type === 'number';
  return options.some(isNumber) && options.some((o) => isDistribution(unwrap(o).inner)) && options.every((o) => isNumber(o) || isDistribution(unwrap(o).inner));
}

/** Inputs a table cell can hold: one control per property, no nesting. */
const CELL_TYPES = new Set<FieldSpec['type']>(['number', 'enum', 'boolean', 'string']);

/** Each property's zod default, where it has one (what a new row or a switched-on object starts from). */
function defaultsOf(schema: AnySchema): Record<string, unknown> {
  const shape = (schema as unknown as { shape: Record<string, AnySchema> }).shape;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const parsed = field.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
}

function describeList(element: AnySchema | undefined, common: Common): FieldSpec {
  const item = element ? unwrap(element).inner : undefined;
  if (!item || item.def.type !== 'object') return { ...common, type: 'json' };
  const itemFields = describeObject(item);
  if (!itemFields.every((f) => CELL_TYPES.has(f.type))) return { ...common, type: 'json' };
  return { ...common, type: 'list', itemFields, itemDefaults: defaultsOf(item) };
}

export function describeObject(schema: z.ZodType, prefix = ''): FieldSpec[] {
  const shape = (schema as unknown as { shape: Record<string, AnySchema> }).shape;
  return Object.entries(shape).map(([key, field]) => describeField(field, prefix ? `${prefix}.${key}` : key));
}

function describeField(field: AnySchema, path: string): FieldSpec {
  const { inner, nullable, optional } = unwrap(field);
  const common = { path, nullable, optional };
  switch (inner.def.type) {
    case 'number': {
      const n = inner as unknown as z.ZodNumber;
      const int = Boolean(n.isInt);
      const min = finite(n.minValue);
      const max = finite(n.maxValue);
      const minExclusive = min !== null && hasExclusiveBound(inner, 'greater_than', min);
      const maxExclusive = max !== null && hasExclusiveBound(inner, 'less_than', max);
      // A whole number above 0 is a whole number of at least 1: say so, and let the input's own bounds say it too.
      if (int) return { ...common, type: 'number', min: min !== null && minExclusive ? min + 1 : min, max: max !== null && maxExclusive ? max - 1 : max, minExclusive: false, maxExclusive: false, int };
      return { ...common, type: 'number', min, max, minExclusive, maxExclusive, int };
    }
    case 'enum':
      return { ...common, type: 'enum', options: [...(inner as unknown as z.ZodEnum).options].map(String) };
    case 'literal': {
      const values = (inner.def.values ?? []).filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v));
      return values.length ? { ...common, type: 'literal', values } : { ...common, type: 'json' };
    }
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'string':
      return { ...common, type: 'string' };
    case 'union':
      if (isDistribution(inner)) return { ...common, type: 'distribution' };
      return { ...common, type: isNumberOrDistribution(inner) ? 'numberOrDistribution' : 'json' };
    case 'array':
      return describeList(inner.def.element, common);
    case 'object':
      return nullable || optional
        ? { ...common, type: 'optionalObject', fields: describeObject(inner, path), fieldDefaults: defaultsOf(inner) }
        : { ...common, type: 'group', fields: describeObject(inner, path) };
    default:
      return { ...common, type: 'json' };
  }
}

export function getAt(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) here = here && typeof here === 'object' ? (here as Record<string, unknown>)[key] : undefined;
  return here;
}

export function setAt<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  const base = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out = { ...base };
  if (rest.length === 0) {
    if (next === undefined) delete out[key];
    else out[key] = next;
  } else out[key] = setAt(base[key], rest.join('.'), next);
  return out as T;
}

/** Scenario-wide checks write list indices as `steps[1] (id)`; the form keys rows as `steps.1`. */
export function dottedPaths(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const dotted = path.replace(/\[(\d+)\](?: \([^)]*\))?/g, '.$1').replace(/^\./, '');
    out[dotted] = out[dotted] ? `${out[dotted]}; ${message}` : message;
  }
  return out;
}
