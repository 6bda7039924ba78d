/** Opens whatever a person picked: a scenario file, a review report, or a SAM/CloudFormation template (its importer loaded only then). */
import { stripByteOrderMark, tooLarge } from './inputText';
import { inputKindOf } from './inputKind';
import { openReportText } from './reportFile';
import { fail, openScenarioText, type OpenResult } from './scenarioFile';

export async function openFileText(raw: string, fileName: string): Promise<OpenResult> {
  // Before anything parses it: a file over the size limit is refused at once (INPUT_LIMITS).
  const text = stripByteOrderMark(raw);
  const large = tooLarge(text, fileName);
  if (large) return fail(large);
  switch (inputKindOf(text)) {
    case 'template': {
      const { openTemplateText } = await import('./templateImport');
      return openTemplateText(text, fileName);
    }
    case 'report':
      return openReportText(text, fileName);
    case 'scenario':
      return openScenarioText(text, fileName);
  }
}
