/** Opens whatever a person picked: a scenario file, or a SAM/CloudFormation template (its importer loaded only then). */
import { stripByteOrderMark, tooLarge } from './inputText';
import { fail, openScenarioText, type OpenResult } from './scenarioFile';
import { isTemplateJson, looksLikeTemplate } from './templateDetect';

export async function openFileText(raw: string, fileName: string): Promise<OpenResult> {
  // Before anything parses it: a file over the size limit is refused at once (INPUT_LIMITS).
  const text = stripByteOrderMark(raw);
  const large = tooLarge(text, fileName);
  if (large) return fail(large);
  if (isTemplate(text)) {
    const { openTemplateText } = await import('./templateImport');
    return openTemplateText(text, fileName);
  }
  return openScenarioText(text, fileName);
}

function isTemplate(text: string): boolean {
  try {
    return isTemplateJson(JSON.parse(text));
  } catch {
    return looksLikeTemplate(text);
  }
}
