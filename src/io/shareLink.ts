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

/**
 * Links longer than this are cut short by some mail and chat programs and web
 * servers; the template a scenario came from rides in the link only while the
 * link stays under it.
 */
export const SHARE_LINK_TEMPLATE_LIMIT = 32_000;

/** A share link, with the scenario's template when the link stays under the limit; else without it, and a note says so. */
export function shareLinkFor(scenario: Scenario, pageUrl: string): { url: string; note?: string } {
  const url = shareUrl(scenario, pageUrl);
  if (!scenario.source || url.length <= SHARE_LINK_TEMPLATE_LIMIT) return { url };
  const { source, ...rest } = scenario;
  return {
    url: shareUrl(rest, pageUrl),
    note: `The template ${source.fileName ?? ''} is not in this link: with it the link would be ${url.length.toLocaleString('en-US')} characters, over ${SHARE_LINK_TEMPLATE_LIMIT.toLocaleString('en-US')}. Whoever opens it can still export a minimal SAM template; save the scenario as a file to keep the template.`.replace('template  is', 'template is'),
  };
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
