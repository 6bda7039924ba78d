/**
 * Same seed, same numbers: the whole summary of every preset, to the last digit,
 * pinned in __pinned__/summaries.json. An optimisation must leave this file as it
 * is; a change that means to change a number updates it (`npx vitest run -u
 * src/scenarios/presets.pinned.test.ts`) in the same commit and says why.
 */
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import { PRESETS, loadPreset } from '.';

describe('preset summaries are pinned', () => {
  it('every preset gives the pinned summary, field by field', async () => {
    const summaries: Record<string, unknown> = {};
    for (const preset of PRESETS) {
      const parsed = loadPreset(preset);
      if (!parsed.ok) throw new Error(`${preset.id} does not parse`);
      summaries[preset.id] = runToEnd(parsed.scenario);
    }
    await expect(JSON.stringify(summaries, null, 1) + '\n').toMatchFileSnapshot('./__pinned__/summaries.json');
  }, 120_000);
});
