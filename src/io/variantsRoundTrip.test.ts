import { describe, expect, it } from 'vitest';
import { PRESETS, loadPreset } from '../scenarios';
import { createScenarioStore, toScenario } from '../store/scenarioStore';
import { openScenarioText, scenarioToFileText } from './scenarioFile';
import { decodeShareHash, encodeShareHash } from './shareLink';

function presetWithVariants() {
  const preset = PRESETS.find((p) => p.id === 'alb-reserved-concurrency') ?? PRESETS[0];
  const r = loadPreset(preset);
  if (!r.ok) throw new Error('preset does not parse');
  const fn = r.scenario.nodes.find((n) => n.kind === 'function')!;
  return {
    ...r.scenario,
    variants: [
      { name: 'More memory', changes: [{ nodeId: fn.id, config: { memoryMB: 1024 } }] },
      { name: 'Reserve 60', changes: [{ nodeId: fn.id, config: { reservedConcurrency: 60 } }] },
    ],
  };
}

describe('variants round-trip', () => {
  it('through a scenario file: save then open gives the same variants', () => {
    const scenario = presetWithVariants();
    const opened = openScenarioText(scenarioToFileText(scenario), 'v.json');
    expect(opened).toEqual({ ok: true, scenario });
  });

  it('through a share link', () => {
    const scenario = presetWithVariants();
    expect(decodeShareHash(encodeShareHash(scenario))).toEqual({ kind: 'ok', scenario });
  });

  it('a share link whose variant names a node the scenario lacks is refused with the reason', () => {
    const scenario = presetWithVariants();
    const broken = { ...scenario, variants: [{ name: 'Ghost', changes: [{ nodeId: 'ghost', config: { memoryMB: 1024 } }] }] };
    const result = decodeShareHash(encodeShareHash(broken));
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toContain('variants[0] (Ghost).changes[0] (ghost).nodeId: no node has id "ghost"');
  });

  it('through the diagram store, which drops the changes of a node deleted from the diagram', () => {
    const scenario = presetWithVariants();
    const store = createScenarioStore(scenario);
    expect(toScenario(store.getState())).toEqual(scenario);
    const fnId = scenario.variants[0].changes[0].nodeId;
    store.getState().select({ nodes: [fnId] });
    store.getState().deleteSelected();
    expect(toScenario(store.getState()).variants).toEqual([
      { name: 'More memory', changes: [] },
      { name: 'Reserve 60', changes: [] },
    ]);
  });
});
