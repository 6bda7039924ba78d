/** The command lines open what the app opens: a scenario file, a review report, or a SAM/CloudFormation template. */
import { inputKindOf } from '../io/inputKind';
import { openReportText } from '../io/reportFile';
import { openScenarioText, type OpenResult } from '../io/scenarioFile';
import { openTemplateText } from '../io/templateImport';

export function openInputText(text: string, fileName: string): OpenResult {
  switch (inputKindOf(text)) {
    case 'template':
      return openTemplateText(text, fileName);
    case 'report':
      return openReportText(text, fileName);
    case 'scenario':
      return openScenarioText(text, fileName);
  }
}
