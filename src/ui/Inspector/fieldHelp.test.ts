import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { headingId } from '../../io/docsPage';
import { accountSchema, CONFIG_SCHEMAS, mappingConfigSchema, writesConfigSchema } from '../../model';
import { describeObject, type FieldSpec } from './describeSchema';
import { FIELD_HELP, helpFor, SIMULATOR_DOCS } from './fieldHelp';

/** Every path the inspector labels: fields, fields of groups and optional objects, and list columns (`traffic.steps.atSeconds`). */
function labelledPaths(fields: FieldSpec[], out: Set<string> = new Set()): Set<string> {
  for (const f of fields) {
    out.add(f.path);
    if (f.type === 'group' || f.type === 'optionalObject') labelledPaths(f.fields, out);
    if (f.type === 'list') for (const column of f.itemFields) out.add(`${f.path}.${column.path}`);
  }
  return out;
}

/** The ids of the headings of docs/simulator-settings.md, as the built page gives them. */
const simulatorSections = new Set(
  [...readFileSync(fileURLToPath(new URL('../../../docs/simulator-settings.md', import.meta.url)), 'utf8').matchAll(/^#{1,6} (.*)$/gm)].map((m) => headingId(m[1])),
);

it('every setting of every node kind, the account and a link has a label, one line of help and a docs link: AWS for AWS settings, a section of our docs for the simulator', () => {
  const forms = [...Object.values(CONFIG_SCHEMAS), accountSchema, mappingConfigSchema, writesConfigSchema];
  const missing: string[] = [];
  for (const schema of forms) {
    for (const path of labelledPaths(describeObject(schema))) {
      const help = helpFor(path);
      // A last-segment fallback must be a real entry too, not the made-up label of an unknown key.
      const known = path in FIELD_HELP || path.slice(path.lastIndexOf('.') + 1) in FIELD_HELP;
      const linked =
        help.owner === 'aws'
          ? /^https:\/\/(docs\.)?aws\.amazon\.com\//.test(help.docs)
          : help.docs.startsWith(`${SIMULATOR_DOCS}#`) && simulatorSections.has(help.docs.slice(help.docs.indexOf('#') + 1));
      if (!known || !help.help || !linked) missing.push(path);
    }
  }
  expect([...new Set(missing)].sort()).toEqual([]);
});

it('the run, its traffic and what the code does are settings of the simulator; what AWS configures stays with AWS', () => {
  for (const path of ['name', 'seed', 'durationSeconds', 'traffic.pattern', 'traffic.ratePerSecond', 'traffic.bursts.count', 'durationMs', 'errorRate']) {
    expect(helpFor(path).owner, path).toBe('simulator');
  }
  for (const path of ['memoryMB', 'timeoutSeconds', 'reservedConcurrency', 'batchSize', 'concurrencyLimit', 'visibilityTimeoutSeconds']) {
    expect(helpFor(path).owner, path).toBe('aws');
  }
  expect(helpFor('seed').docs).toBe('docs/simulator-settings.html#seed');
  expect(helpFor('durationSeconds').docs).toBe('docs/simulator-settings.html#run-length');
});

it('list columns are named by their own entries, not by a same-named setting elsewhere', () => {
  expect(helpFor('traffic.steps.ratePerSecond').label).toBe('Rate');
  expect(helpFor('traffic.steps').label).toBe('Steps');
  expect(helpFor('traffic.bursts.count').label).toBe('Count');
});
