/**
 * Scenario files: the text a person saves, keeps in version control and opens
 * again. Opening never throws; a file that cannot be used is explained.
 */
import { CURRENT_SCHEMA_VERSION, formatIssues, parseScenario, type Scenario, type ScenarioIssue } from '../model';
import { stripByteOrderMark, tooLarge } from './inputText';
import { plainIssue } from './issueWording';
import { isTemplateJson } from './templateDetect';

export type OpenResult =
  | { ok: true; scenario: Scenario; /** What an import changed or left out. */ notes?: string[] }
  | { ok: false; message: string; issues: ScenarioIssue[] };

/** design.md's contract, pretty-printed with two spaces and a final newline, so files diff well. */
export function scenarioToFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A file name from the scenario's name: lower case, dashes, `.json`. */
export function fileNameFor(scenario: Scenario): string {
  const full = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long names are cut at the last whole word within 60 characters.
  const slug = full.length <= 60 ? full : full.slice(0, 61).replace(/-[^-]*$/, '');
  return `${slug || 'scenario'}.json`;
}

/**
 * Parses the text of a scenario file; `fileName` names it in messages.
 * Templates go through openFileText (openFile.ts), which loads their importer on demand.
 */
export function openScenarioText(raw: string, fileName: string): OpenResult {
  const text = stripByteOrderMark(raw);
  const large = tooLarge(text, fileName);
  if (large) return fail(large);
  if (text.trim() === '') return fail(`${fileName} is empty.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      `${fileName} is not valid JSON (${detail}). A scenario file is the JSON that "Save as file" writes; ` +
        'a SAM or CloudFormation template opens too.',
    );
  }
  if (isTemplateJson(json)) return fail(`${fileName} is a CloudFormation template; open it with "Open file…" to import it.`);
  return openScenarioJson(json, fileName);
}

export function openScenarioJson(json: unknown, fileName: string): OpenResult {
  if (!looksLikeScenario(json))
    return fail(
      `${fileName} is JSON but not a Lambda Playground scenario: it has no "schemaVersion", "nodes" or "edges". ` +
        `A scenario file starts with {"schemaVersion": ${CURRENT_SCHEMA_VERSION}, ...}.`,
    );
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => plainIssue(issue, json));
    return { ok: false, message: `${fileName} cannot be opened: ${issueCount(issues)}\n${formatIssues(issues)}`, issues };
  }
  return { ok: true, scenario: parsed.scenario };
}

function looksLikeScenario(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  return 'schemaVersion' in json || 'nodes' in json || 'edges' in json;
}

function issueCount(issues: readonly ScenarioIssue[]): string {
  return issues.length === 1 ? 'one problem.' : `${issues.length} problems.`;
}

export function fail(message: string): OpenResult {
  return { ok: false, message, issues: [] };
}
