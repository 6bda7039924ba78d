import { describe, expect, it } from 'vitest';
import { describeChange } from './patchDescription';

describe('what a live change changed, in words', () => {
  it('names each changed leaf setting with its old and new value', () => {
    expect(describeChange({ memoryMB: 128, reservedConcurrency: 10 }, { memoryMB: 128, reservedConcurrency: 50 })).toBe('reservedConcurrency 10 → 50');
    expect(describeChange({ reservedConcurrency: null }, { reservedConcurrency: 20 })).toBe('reservedConcurrency none → 20');
    expect(describeChange({ architecture: 'x86_64' }, { architecture: 'arm64' })).toBe('architecture "x86_64" → "arm64"');
    expect(describeChange({ traffic: { pattern: 'constant', ratePerSecond: 10 } }, { traffic: { pattern: 'constant', ratePerSecond: 2500 } })).toBe(
      'traffic.ratePerSecond 10 → 2,500',
    );
  });

  it('describes a list by its length and says when an equal-length list was edited', () => {
    expect(describeChange({ steps: [1, 2] }, { steps: [1, 2, 3] })).toBe('steps 2 items → 3 items');
    expect(describeChange({ steps: [1, 2] }, { steps: [1, 5] })).toBe('steps 2 items (edited) → 2 items (edited)');
  });

  it('names three changes and counts the rest; says nothing changed when nothing did', () => {
    const before = { a: 1, b: 2, c: 3, d: 4, e: 5 };
    expect(describeChange(before, { a: 9, b: 9, c: 9, d: 9, e: 5 })).toBe('a 1 → 9; b 2 → 9; c 3 → 9; and 1 more setting');
    expect(describeChange(before, { ...before })).toBeNull();
    expect(describeChange({ ramp: undefined }, { ramp: { toRate: 5 } })).toBe('ramp.toRate (not set) → 5');
  });
});
