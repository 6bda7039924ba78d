import { expect, it } from 'vitest';
import { accountSchema, CONFIG_SCHEMAS, mappingConfigSchema, writesConfigSchema } from '../../model';
import { describeObject, type FieldSpec } from './describeSchema';
import { FIELD_HELP, helpFor } from './fieldHelp';

/** Every path the inspector labels: fields, fields of groups and optional objects, and list columns (`traffic.steps.atSeconds`). */
function labelledPaths(fields: FieldSpec[], out: Set<string> = new Set()): Set<string> {
  for (const f of fields) {
    out.add(f.path);
    if (f.type === 'group' || f.type === 'optionalObject') labelledPaths(f.fields, out);
    if (f.type === 'list') for (const column of f.itemFields) out.add(`${f.path}.${column.path}`);
  }
  return out;
}

it('every setting of every node kind, the account and a link has a label, one line of help and an AWS docs link', () => {
  const forms = [...Object.values(CONFIG_SCHEMAS), accountSchema, mappingConfigSchema, writesConfigSchema];
  const missing: string[] = [];
  for (const schema of forms) {
    for (const path of labelledPaths(describeObject(schema))) {
      const help = helpFor(path);
      // A last-segment fallback must be a real entry too, not the made-up label of an unknown key.
      const known = path in FIELD_HELP || path.slice(path.lastIndexOf('.') + 1) in FIELD_HELP;
      if (!known || !help.help || !/^https:\/\/(docs\.)?aws\.amazon\.com\//.test(help.docs)) missing.push(path);
    }
  }
  expect([...new Set(missing)].sort()).toEqual([]);
});

it('list columns are named by their own entries, not by a same-named setting elsewhere', () => {
  expect(helpFor('traffic.steps.ratePerSecond').label).toBe('Rate');
  expect(helpFor('traffic.steps').label).toBe('Steps');
  expect(helpFor('traffic.bursts.count').label).toBe('Count');
});
