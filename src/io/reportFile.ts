/** A review report (review/report/html.ts) carries its scenario, so the report opens again as the diagram. */
import { fail, openScenarioJson, type OpenResult } from './scenarioFile';

/** The id of the script element that carries the scenario. */
export const EMBEDDED_SCENARIO_ID = 'lambda-playground-scenario';

const EMBEDDED = new RegExp(`<script type="application/json" id="${EMBEDDED_SCENARIO_ID}">([\\s\\S]*?)</script>`);

/** True for an HTML text: a review report, or some other page. */
export const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype html|html)[\s>]/i.test(text);

/** The scenario a report carries, or null when the text is not a review report. */
export function extractEmbeddedScenario(html: string): unknown {
  const match = EMBEDDED.exec(html);
  if (!match) return null;
  try {
    return JSON.parse(match[1]);
  } catch {
    return null;
  }
}

export function openReportText(text: string, fileName: string): OpenResult {
  const json = extractEmbeddedScenario(text);
  if (json === null)
    return fail(`${fileName} is an HTML page but not a review report of this playground: it carries no scenario. Open the scenario file, or a report saved from the Review panel.`);
  return openScenarioJson(json, fileName);
}
