/**
 * Reads a CloudFormation or SAM template (YAML or JSON) into plain objects,
 * with the short-form intrinsics (!Ref, !GetAtt, !Sub, ...) turned into their
 * long forms, and finds which resource a reference points to.
 */
import { parse, type ScalarTag, type CollectionTag } from 'yaml';

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'GetAtt'];

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  const wrap = (value: unknown) => ({ [key]: name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value });
  return [
    { tag: `!${name}`, resolve: (value: string) => wrap(value) },
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => wrap(seq.toJSON()) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => wrap(map.toJSON()) },
  ];
}

const CUSTOM_TAGS = ['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor);

export type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> } & Record<string, unknown>;

export type TemplateResult = { ok: true; template: Template } | { ok: false; message: string };

export function parseTemplate(text: string, fileName: string): TemplateResult {
  let doc: unknown;
  try {
    doc = parse(text, { customTags: CUSTOM_TAGS, prettyErrors: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `${fileName} is not valid YAML (${detail}).` };
  }
  if (typeof doc !== 'object' || doc === null || !('Resources' in doc) || typeof doc.Resources !== 'object' || doc.Resources === null)
    return { ok: false, message: `${fileName} has no "Resources" section, so it is not a CloudFormation or SAM template.` };
  return { ok: true, template: doc as Template };
}

/** The logical id a value refers to: !Ref X, !GetAtt X.Arn, !Sub "${X.Arn}", or a plain name of a resource. */
export function referencedId(value: unknown, resources: Record<string, unknown>): string | null {
  if (typeof value === 'string') {
    if (value in resources) return value;
    const arnTail = /[:/]([A-Za-z0-9-_]+)$/.exec(value)?.[1];
    return arnTail && arnTail in resources ? arnTail : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.Ref === 'string') return v.Ref in resources ? v.Ref : null;
  const getAtt = v['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0] in resources ? getAtt[0] : null;
  if (typeof getAtt === 'string') return referencedId(getAtt.split('.')[0], resources);
  const sub = v['Fn::Sub'];
  const subText = Array.isArray(sub) ? sub[0] : sub;
  if (typeof subText === 'string') {
    for (const match of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z]+)?\}/g)) if (match[1] in resources) return match[1];
  }
  return null;
}
