/**
 * What a change during a run changed, in words for the event log:
 * "reservedConcurrency 10 → 50; traffic.ratePerSecond 5 → 20".
 * Objects are compared leaf by leaf; a list is one value, described by its length when it changed.
 */
const MOST_SHOWN = 3;

type Leaf = { path: string; value: unknown };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) leaves(value[key], path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown, other: unknown): string {
  if (value === undefined) return '(not set)';
  if (value === null) return 'none';
  if (Array.isArray(value)) {
    const n = value.length;
    const label = `${n} ${n === 1 ? 'item' : 'items'}`;
    return Array.isArray(other) && other.length === n ? `${label} (edited)` : label;
  }
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (typeof value === 'string') return `"${value}"`;
  if (isPlainObject(value)) return 'set';
  return String(value);
}

/** The changed settings, at most three named, or null when nothing differs. */
export function describeChange(before: unknown, after: unknown): string | null {
  const a = leaves(before, '', new Map());
  const b = leaves(after, '', new Map());
  const changed: Leaf[] = [];
  const paths = new Set([...a.keys(), ...b.keys()]);
  for (const path of paths) if (!same(a.get(path), b.get(path))) changed.push({ path, value: b.get(path) });
  if (changed.length === 0) return null;
  const shown = changed.slice(0, MOST_SHOWN).map(({ path }) => {
    const from = a.get(path);
    const to = b.get(path);
    return `${path || 'value'} ${show(from, to)} → ${show(to, from)}`;
  });
  const more = changed.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more ${more === 1 ? 'setting' : 'settings'}` : '');
}
