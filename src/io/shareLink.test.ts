import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { PRESETS, loadPreset } from '../scenarios';
import { decodeShareHash, encodeShareHash, SHARE_LINK_TEMPLATE_LIMIT, shareLinkFor, shareUrl } from './shareLink';
import { openTemplateText } from './templateImport';

const presetScenarios = PRESETS.map((p) => {
  const r = loadPreset(p);
  if (!r.ok) throw new Error(`preset ${p.id} does not parse`);
  return [p.id, r.scenario] as const;
});

describe('share links', () => {
  it.each(presetScenarios)('round-trips preset %s exactly', (_id, scenario) => {
    const decoded = decodeShareHash(encodeShareHash(scenario));
    expect(decoded).toEqual({ kind: 'ok', scenario });
  });

  it('puts the whole scenario in the hash as lz-string data under "s"', () => {
    const [, scenario] = presetScenarios[0];
    const hash = encodeShareHash(scenario);
    expect(hash.startsWith('#s=')).toBe(true);
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(hash.slice(3)))).toEqual(scenario);
  });

  it('builds a link from the page address, replacing any old hash and keeping the sub-path', () => {
    const [, scenario] = presetScenarios[0];
    const url = shareUrl(scenario, 'https://example.org/some/path/?x=1#s=old');
    expect(url.startsWith('https://example.org/some/path/?x=1#s=')).toBe(true);
    expect(decodeShareHash(new URL(url).hash)).toEqual({ kind: 'ok', scenario });
  });

  it('ignores a hash that carries no scenario', () => {
    expect(decodeShareHash('')).toEqual({ kind: 'none' });
    expect(decodeShareHash('#other=1')).toEqual({ kind: 'none' });
  });

  it('says a truncated link is damaged', () => {
    const [, scenario] = presetScenarios[0];
    const hash = encodeShareHash(scenario);
    const result = decodeShareHash(hash.slice(0, Math.floor(hash.length / 2)));
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toMatch(/share link is damaged/);
  });

  it('says an emptied link holds no scenario', () => {
    const result = decodeShareHash('#s=');
    expect(result.kind === 'error' && result.message).toMatch(/holds no scenario/);
  });

  it('refuses a link whose scenario was edited into an invalid one, naming the field', () => {
    const [, scenario] = presetScenarios[0];
    const edited = { ...scenario, durationSeconds: -5 };
    const hash = `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(edited))}`;
    const result = decodeShareHash(hash);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') {
      expect(result.issues.map((i) => i.path)).toContain('durationSeconds');
      expect(result.message).toMatch(/durationSeconds/);
    }
  });

  it('refuses a link with an unknown key, naming it and the key it most likely meant', () => {
    const [, scenario] = presetScenarios[0];
    const edited = { ...scenario, account: { ...scenario.account, concurrencyLimt: 50 } };
    const result = decodeShareHash(`#s=${LZString.compressToEncodedURIComponent(JSON.stringify(edited))}`);
    expect(result.kind).toBe('error');
    if (result.kind === 'error')
      expect(result.issues).toEqual([{ path: 'account.concurrencyLimt', message: 'unknown key "concurrencyLimt"; did you mean "concurrencyLimit"?' }]);
  });

  it('refuses a link beyond the input limits before validating it (more than 10,000 traffic steps on a node)', () => {
    const [, scenario] = presetScenarios[0];
    const edited = structuredClone(scenario) as unknown as { nodes: { id: string; config: { traffic?: { steps: unknown[] } } }[] };
    const index = edited.nodes.findIndex((n) => n.config.traffic);
    edited.nodes[index].config.traffic!.steps = Array.from({ length: 12_000 }, (_, i) => ({ atSeconds: i, ratePerSecond: 1 }));
    const result = decodeShareHash(`#s=${LZString.compressToEncodedURIComponent(JSON.stringify(edited))}`);
    expect(result.kind).toBe('error');
    if (result.kind === 'error')
      expect(result.issues).toEqual([
        { path: `nodes[${index}] (${edited.nodes[index].id}).config.traffic.steps`, message: '12,000 traffic steps; a node may have at most 10,000' },
      ]);
  });

  it('refuses a link whose data is not JSON', () => {
    const result = decodeShareHash(`#s=${LZString.compressToEncodedURIComponent('not json {')}`);
    expect(result.kind === 'error' && result.message).toMatch(/not a scenario/);
  });

  it('carries the template a scenario came from while the link stays under the limit, and says so when it is left out', () => {
    const template = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: nodejs20.x\n';
    const opened = openTemplateText(template, 'small.yaml');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.scenario.source).toEqual({ kind: 'sam', fileName: 'small.yaml', text: template });
    const small = shareLinkFor(opened.scenario, 'https://x.test/');
    expect(small.note).toBeUndefined();
    const back = decodeShareHash(small.url.slice('https://x.test/'.length));
    expect(back.kind === 'ok' && back.scenario.source?.text).toBe(template);

    // Random comment text does not compress: the link would pass the limit.
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const big = { ...opened.scenario, source: { ...opened.scenario.source!, text: `${template}# ${noise}\n` } };
    const link = shareLinkFor(big, 'https://x.test/');
    expect(link.url.length).toBeLessThanOrEqual(SHARE_LINK_TEMPLATE_LIMIT);
    expect(link.note).toMatch(/^The template small\.yaml is not in this link: with it the link would be [\d,]+ characters, over 32,000\./);
    const decoded = decodeShareHash(link.url.slice('https://x.test/'.length));
    expect(decoded.kind === 'ok' && decoded.scenario.source).toBeUndefined();
  });
});
