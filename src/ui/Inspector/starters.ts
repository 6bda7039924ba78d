/**
 * What a new list row or a switched-on optional object starts as. The schema
 * gives each field's zod default; the rest follows a few teaching choices:
 * the next row of a timed list comes one minute after the last one and keeps
 * its values (so a new step starts at the rate then in force), and a first row
 * takes a same-named setting of its parent (a first step starts at the base rate).
 */
import type { FieldSpec } from './describeSchema';

/** Seconds between a row and the one added after it. */
export const NEXT_ROW_AFTER_SECONDS = 60;

/** Values that no zod default or parent setting supplies, by field path without row index. */
const FIRST_VALUES: Readonly<Record<string, (parent: Record<string, unknown>) => unknown>> = {
  'traffic.bursts.count': () => 100,
  // A ramp to twice the base rate over the first minutes of a default 10-minute run.
  'traffic.ramp.startSeconds': () => 60,
  'traffic.ramp.endSeconds': () => 300,
  'traffic.ramp.toRatePerSecond': (traffic) => 2 * numberOr(traffic.ratePerSecond, 1),
  // Halfway between a flat rate (0) and one that falls to zero at night (1).
  'traffic.dailyCycle.amplitude': () => 0.5,
};

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** A value the field accepts, with nothing else to go on. */
function plainStart(spec: FieldSpec): unknown {
  switch (spec.type) {
    case 'number':
      if (lastKey(spec.path) === 'atSeconds') return NEXT_ROW_AFTER_SECONDS;
      if (spec.min !== null && spec.minExclusive) return spec.min + 1;
      return spec.min !== null && spec.min > 0 ? spec.min : spec.int ? 1 : 0;
    case 'enum':
      return spec.options[0];
    case 'boolean':
      return false;
    case 'string':
      return '';
    default:
      return null;
  }
}

function startFor(spec: FieldSpec, helpPath: string, defaults: Record<string, unknown>, parent: Record<string, unknown>): unknown {
  const key = lastKey(spec.path);
  if (key in defaults) return defaults[key];
  const first = FIRST_VALUES[helpPath];
  if (first) return first(parent);
  if (typeof parent[key] === 'number' && spec.type === 'number') return parent[key];
  return plainStart(spec);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/**
 * The row "Add row" appends to the list at `listPath`. `parent` is the object
 * holding the list (the traffic settings for `traffic.steps`).
 */
export function newListRow(listPath: string, itemFields: FieldSpec[], itemDefaults: Record<string, unknown>, rows: unknown[], parent: unknown): Record<string, unknown> {
  const last = rows.length ? asRecord(rows[rows.length - 1]) : null;
  const row: Record<string, unknown> = {};
  for (const spec of itemFields) {
    const key = spec.path;
    if (last && key in last) {
      const value = last[key];
      row[key] = key === 'atSeconds' && typeof value === 'number' ? value + NEXT_ROW_AFTER_SECONDS : value;
    } else row[key] = startFor(spec, `${listPath}.${key}`, itemDefaults, asRecord(parent));
  }
  return row;
}

/** The object a "Use …" switch turns on, for the optional object whose fields are given (absolute paths). */
export function optionalObjectStart(fields: FieldSpec[], fieldDefaults: Record<string, unknown>, parent: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of fields) out[lastKey(spec.path)] = startFor(spec, spec.path, fieldDefaults, asRecord(parent));
  return out;
}
