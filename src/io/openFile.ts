/** Opens whatever a person picked: a scenario file, or a SAM/CloudFormation template (its importer loaded only then). */
import { openScenarioText, type OpenResult } from './scenarioFile';
import { isTemplateJson, looksLikeTemplate } from './templateDetect';

export async function openFileText(text: string, fileName: string): Promise<OpenResult> {
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
