import { expect, test } from 'vitest';
import { PRESETS, loadPreset } from '../scenarios';
import { reviewScenario } from '.';
import { compareFix } from './compareFix';

test('Show me on the reserved-concurrency SQS pitfall: with maximumConcurrency the throttles go away', () => {
  const loaded = loadPreset(PRESETS.find((p) => p.id === 'reserved-concurrency-sqs-pitfall')!);
  if (!loaded.ok) throw new Error('preset');
  const finding = reviewScenario(loaded.scenario).find((f) => f.id === 'sqs-reserved-without-maximum-concurrency')!;
  const rows = Object.fromEntries(compareFix(loaded.scenario, finding, 300).map((r) => [r.label, r]));
  expect(rows.Throttles.before).toBeGreaterThan(100);
  expect(rows.Throttles.after).toBe(0);
});
