/**
 * Share links: the whole scenario, compressed with lz-string into the URL
 * hash (`#s=...`). No server is involved; the hash never leaves the browser.
 */
import LZString from 'lz-string';
import { formatIssues, parseScenario, type Scenario, type ScenarioIssue } from '../model';
import { tooLarge } from './inputText';
import { plainIssue } from './issueWording';

export const SHARE_HASH_KEY = 's';

export type ShareLinkResult =
  | { kind: 'none' }
  | { kind: 'ok'; scenario: Scenario }
  | { kind: 'error'; message: string; issues: ScenarioIssue[] };

/** The hash fragment (with its `#`) that carries `scenario`. */
export function encodeShareHash(scenario: Scenario): string {
  return `#${SHARE_HASH_KEY}=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

/** A full link: the page's address without its old hash, plus the scenario's hash. */
export function shareUrl(scenario: Scenario, pageUrl: string): string {
  const base = pageUrl.split('#')[0];
  return base + encodeShareHash(scenario);
}

/** Reads a location hash: nothing to do, a scenario, or why the link cannot be used. */
export function decodeShareHash(hash: string): ShareLinkResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get(SHARE_HASH_KEY);
  if (packed === null) return { kind: 'none' };
  if (packed === '') return damaged('it holds no scenario after "#s="');
  // URLSearchParams turns "+" into a space; compressToEncodedURIComponent uses "+" in its alphabet.
  const text = LZString.decompressFromEncodedURIComponent(packed.replace(/ /g, '+'));
  if (!text) return damaged('its data could not be decompressed');
  const large = tooLarge(text, 'The scenario in the share link');
  if (large) return { kind: 'error', message: large, issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return damaged('its data decompressed to something that is not a scenario');
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => plainIssue(issue, json));
    return {
      kind: 'error',
      message: `The share link holds a scenario this playground cannot open (was the link edited?):\n${formatIssues(issues)}`,
      issues,
    };
  }
  return { kind: 'ok', scenario: parsed.scenario };
}

function damaged(why: string): ShareLinkResult {
  return {
    kind: 'error',
    message: `The share link is damaged (${why}); it may have been cut short or edited when it was copied.`,
    issues: [],
  };
}
