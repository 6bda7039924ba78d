/** Share links and files carry any valid scenario exactly, whatever its names, numbers and seed. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { PRESETS, loadPreset } from '../scenarios';
import { openScenarioText, scenarioToFileText } from './scenarioFile';
import { decodeShareHash, encodeShareHash } from './shareLink';

const bases = PRESETS.map((p) => {
  const r = loadPreset(p);
  if (!r.ok) throw new Error(p.id);
  return r.scenario;
});

const variedScenario = fc
  .record({
    base: fc.constantFrom(...bases),
    // Names are limited to 120 UTF-16 units; a grapheme can take several.
    name: fc.string({ maxLength: 120, unit: 'grapheme' }).filter((s) => s.length <= 120),
    description: fc.string({ maxLength: 300, unit: 'grapheme' }).filter((s) => s.length <= 4000),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    durationSeconds: fc.double({ min: 0.001, max: 3600, noNaN: true }),
    dx: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  })
  .map(({ base, name, description, seed, durationSeconds, dx }) => {
    const parsed = parseScenario({
      ...base,
      name,
      description,
      seed,
      durationSeconds,
      nodes: base.nodes.map((n) => ({ ...n, position: { x: n.position.x + dx, y: n.position.y } })),
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.scenario;
  });

describe('round trips over varied scenarios', () => {
  it('a share link decodes to the same scenario', () => {
    fc.assert(
      fc.property(variedScenario, (scenario) => {
        expect(decodeShareHash(encodeShareHash(scenario))).toEqual({ kind: 'ok', scenario });
      }),
      { numRuns: 150 },
    );
  });

  it('a saved file opens as the same scenario', () => {
    fc.assert(
      fc.property(variedScenario, (scenario) => {
        expect(openScenarioText(scenarioToFileText(scenario), 'x.json')).toEqual({ ok: true, scenario });
      }),
      { numRuns: 150 },
    );
  });

  it('a link cut anywhere never opens a different scenario silently', () => {
    fc.assert(
      fc.property(variedScenario, fc.double({ min: 0, max: 0.999, noNaN: true }), (scenario, cut) => {
        const hash = encodeShareHash(scenario);
        const truncated = hash.slice(0, 3 + Math.floor((hash.length - 3) * cut));
        const result = decodeShareHash(truncated);
        // Either refused with a reason, or (when the cut removed nothing of substance) the very same scenario.
        if (result.kind === 'ok') expect(result.scenario).toEqual(scenario);
        else expect(result.kind).toBe('error');
      }),
      { numRuns: 150 },
    );
  });
});
