/** What a text someone opens is: a scenario file, a SAM/CloudFormation template, or a review report. */
import { looksLikeHtml } from './reportFile';
import { isTemplateJson, looksLikeTemplate } from './templateDetect';

export type InputKind = 'scenario' | 'template' | 'report';

export function inputKindOf(text: string): InputKind {
  if (looksLikeHtml(text)) return 'report';
  try {
    return isTemplateJson(JSON.parse(text)) ? 'template' : 'scenario';
  } catch {
    return looksLikeTemplate(text) ? 'template' : 'scenario';
  }
}
