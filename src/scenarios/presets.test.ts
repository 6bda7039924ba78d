import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PRESETS, emptyScenario, loadPreset } from '.';

const folder = fileURLToPath(new URL('.', import.meta.url));

describe('presets', () => {
  it('registers every scenario file of the folder, and at least 13', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(PRESETS.map((p) => p.id).sort()).toEqual(files.sort());
    expect(PRESETS.length).toBeGreaterThanOrEqual(13);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s parses and teaches something', (_id, preset) => {
    const result = loadPreset(preset);
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const s = result.scenario;
    expect(s.name).toBe(preset.title);
    expect(s.teaching?.topic.length).toBeGreaterThan(20);
    expect(s.teaching?.watch.length).toBeGreaterThan(20);
    expect(s.teaching?.question).toMatch(/\?/);
    expect(s.description.length).toBeGreaterThan(20);
    expect(s.nodes.length).toBeGreaterThan(1);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s lays its nodes out without overlaps', (_id, preset) => {
    const result = loadPreset(preset);
    if (!result.ok) throw new Error('does not parse');
    const nodes = result.scenario.nodes;
    // A node card is about 220 x 110 px on the canvas.
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = Math.abs(nodes[i].position.x - nodes[j].position.x);
        const dy = Math.abs(nodes[i].position.y - nodes[j].position.y);
        expect(dx >= 240 || dy >= 130, `${nodes[i].id} overlaps ${nodes[j].id}`).toBe(true);
      }
  });

  it('opens the ALB preset first, and "new" is an empty canvas with defaults', () => {
    expect(DEFAULT_SCENARIO.name).toBe('ALB spike against reserved concurrency');
    const empty = emptyScenario();
    expect(empty.nodes).toEqual([]);
    expect(empty.edges).toEqual([]);
    expect(empty.account.concurrencyLimit).toBe(1000);
  });
});
