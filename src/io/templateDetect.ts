/** Tells a SAM or CloudFormation template from a scenario file, without loading the YAML parser. */

/** Text that is not JSON but reads like a template (YAML). */
export function looksLikeTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion|AWS::Serverless|^\s*Resources\s*:/m.test(text) || /"Resources"\s*:\s*\{/.test(text);
}

export function isTemplateJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'Resources' in json && !('nodes' in json);
}
