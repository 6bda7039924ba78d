import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import { findPreset, loadPreset } from '../scenarios';
import { reviewScenario } from '../review';
import { buildReviewReport } from '../review/report/html';
import { openFileText } from './openFile';
import { inputKindOf } from './inputKind';

const preset = (() => {
  const p = loadPreset(findPreset('recursive-loop')!);
  if (!p.ok) throw new Error('preset');
  return p.scenario;
})();
const report = buildReviewReport({ scenario: preset, findings: reviewScenario(preset), summary: runToEnd(preset) });

describe('a review report opens as its scenario', () => {
  it('is told apart from a scenario file and a template', () => {
    expect(inputKindOf(report)).toBe('report');
    expect(inputKindOf(JSON.stringify(preset))).toBe('scenario');
    expect(inputKindOf('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n')).toBe('template');
  });

  it('gives back the very scenario the report was made of', async () => {
    const opened = await openFileText(report, 'loop-review.html');
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.scenario).toEqual(preset);
  });

  it('an HTML page that is no report says so, and what to open instead', async () => {
    const opened = await openFileText('<!doctype html><html><body>hello</body></html>', 'page.html');
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(/^page\.html is an HTML page but not a review report .*carries no scenario/) });
  });
});
