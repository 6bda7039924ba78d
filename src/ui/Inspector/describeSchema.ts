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
  | (Common & { type: 'number'; min: number | null; max: number | null; int: boolean })
  | (Common & { type: 'enum'; options: string[] })
  | (Common & { type: 'boolean' })
  | (Common & { type: 'string' })
  | (Common & { type: 'distribution' })
  | (Common & { type: 'json' })
  | (Common & { type: 'group'; fields: FieldSpec[] });

type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema; options?: AnySchema[] } };

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

function isDistribution(schema: AnySchema): boolean {
  const options = schema.def.options ?? [];
  return options.length > 0 && options.every((o) => {
    const shape = (o as unknown as { shape?: Record<string, unknown> }).shape;
    return shape !== undefined && 'distribution' in shape;
  });
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
      return { ...common, type: 'number', min: finite(n.minValue), max: finite(n.maxValue), int: Boolean(n.isInt) };
    }
    case 'enum':
      return { ...common, type: 'enum', options: [...(inner as unknown as z.ZodEnum).options].map(String) };
    case 'literal':
      return { ...common, type: 'json' };
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'string':
      return { ...common, type: 'string' };
    case 'union':
      return { ...common, type: isDistribution(inner) ? 'distribution' : 'json' };
    case 'object':
      return nullable || optional ? { ...common, type: 'json' } : { ...common, type: 'group', fields: describeObject(inner, path) };
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
