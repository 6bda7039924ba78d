/**
 * Words for keys a scenario does not know. Every object of the schema is strict, so
 * a typo such as `memorySize` is an error instead of a silent default; the message
 * names the key it most likely meant, or lists the keys that object takes.
 */

const normal = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/**
 * The known key `key` most likely stands for: the nearest by edit distance (ignoring
 * case, `_` and `-`) when it differs in at most 40 % of the longer name, else one that
 * `key` begins or ends (`timeout` for `timeoutSeconds`); null when none is close.
 */
export function closestKey(key: string, known: readonly string[]): string | null {
  const k = normal(key);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const c = normal(candidate);
    const distance = editDistance(k, c);
    if (distance <= Math.max(1, Math.floor(0.4 * Math.max(k.length, c.length))) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== null) return best;
  if (k.length < 3) return null;
  return known.find((candidate) => normal(candidate).startsWith(k) || k.startsWith(normal(candidate))) ?? null;
}

const quote = (key: string) => JSON.stringify(key);

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `unknown key "memorySize"; did you mean "memoryMB"?`, or with the keys the object takes. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const suggestions = keys.map((key) => closestKey(key, known));
  const here = `the keys here are ${known.join(', ')}`;
  if (keys.length === 1) return `unknown key ${quote(keys[0])}; ${suggestions[0] ? `did you mean ${quote(suggestions[0])}?` : here}`;
  const named = keys.map((key, i) => (suggestions[i] ? `${quote(key)} (did you mean ${quote(suggestions[i])}?)` : quote(key)));
  return `unknown keys ${list(named)}${suggestions.every(Boolean) ? '' : `; ${here}`}`;
}
