/** Export to SAM, then import: the same nodes, links and settings, on diagrams imported from the corpus and on a drawn one. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model';
import { scenarioToSam } from './samExport';
import { openTemplateText } from './templateImport';

const CORPUS = join(__dirname, 'fixtures', 'corpus');

function open(text: string, name: string): Scenario {
  const result = openTemplateText(text, name);
  if (!result.ok) throw new Error(result.message);
  return result.scenario;
}
const shape = (s: Scenario) => ({
  nodes: s.nodes.map((n) => ({ id: n.id, kind: n.kind, config: n.config })).sort((a, b) => a.id.localeCompare(b.id)),
  edges: s.edges.map((e) => ({ source: e.source, target: e.target, kind: e.kind, config: e.config })).sort((a, b) => `${a.source}${a.target}${a.kind}`.localeCompare(`${b.source}${b.target}${b.kind}`)),
});

describe('export to SAM', () => {
  it('every linked diagram of the corpus exports and imports again with the same nodes, links and settings', () => {
    let tried = 0;
    for (const dir of ['sam-translator/input', 'serverless-patterns']) {
      for (const file of readdirSync(join(CORPUS, dir))) {
        const first = openTemplateText(readFileSync(join(CORPUS, dir, file), 'utf8'), file);
        if (!first.ok || first.scenario.edges.length === 0) continue;
        const exported = scenarioToSam(first.scenario);
        const again = open(exported.text, file);
        expect(shape(again), file).toEqual(shape(first.scenario));
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(150);
  });
});
