/**
 * Reads a CloudFormation or SAM template (YAML or JSON) into plain objects,
 * with the short-form intrinsics (!Ref, !GetAtt, !Sub, ...) turned into their
 * long forms, and finds which resource a reference points to.
 */
import { parseDocument, type ScalarTag, type CollectionTag } from 'yaml';

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

/** The short-form intrinsics (!Ref, !GetAtt, !Sub, ...), for every reader and writer of templates. */
export const CUSTOM_TAGS = ['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor);

export type Resource = { Type: string; Properties?: Record<string, unknown>; Condition?: unknown };
export type Template = { Resources: Record<string, Resource> } & Record<string, unknown>;

export type TemplateResult = { ok: true; template: Template; /** What was forgiven while reading. */ warnings: string[] } | { ok: false; message: string };

/** Errors SAM CLI's parser (PyYAML) lets through: a template with only these opens with a warning. */
const LENIENT_CODES = new Set(['DUPLICATE_KEY']);

export function parseTemplate(text: string, fileName: string): TemplateResult {
  const warnings: string[] = [];
  let doc: unknown;
  try {
    // PyYAML keeps the last of two equal keys and expands merge keys (<<); so do we, and say so.
    const strict = parseDocument(text, { customTags: CUSTOM_TAGS, merge: true, prettyErrors: true });
    const document = parseDocument(text, { customTags: CUSTOM_TAGS, merge: true, uniqueKeys: false, prettyErrors: true });
    const fatal = document.errors.find((e) => !LENIENT_CODES.has(e.code));
    if (fatal) throw fatal;
    for (const e of [...strict.errors, ...document.errors].filter((x) => LENIENT_CODES.has(x.code))) {
      const where = e.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
      const what = 'a key appears twice in one map (the last one is used)';
      const warning = `${fileName}: ${what}${where}.`;
      if (!warnings.includes(warning)) warnings.push(warning);
    }
    doc = document.toJS({ maxAliasCount: -1 });
  } catch (error) {
    // The first line of a YAML error names the place ("... at line 34, column 3:").
    const detail = error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error);
    return { ok: false, message: `${fileName} is not valid YAML (${detail}).` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('Resources' in doc))
    return { ok: false, message: `${fileName} has no "Resources" section, so it is not a CloudFormation or SAM template.` };
  const raw: unknown = doc.Resources;
  if (Array.isArray(raw))
    return { ok: false, message: `${fileName}: "Resources" is a list; CloudFormation needs a map from logical id to resource ("MyFunction: {Type: ..., Properties: ...}").` };
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, message: `${fileName}: "Resources" is empty or not a map, so the template declares no resources.` };
  const resources: Record<string, Resource> = {};
  for (const [id, resource] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) {
      warnings.push(`Resource ${id} is empty (null or not a map) and was left out.`);
      continue;
    }
    const type = (resource as Record<string, unknown>).Type;
    if (typeof type !== 'string') {
      warnings.push(`Resource ${id} has no Type and was left out.`);
      continue;
    }
    const props = (resource as Record<string, unknown>).Properties;
    resources[id] = { ...(resource as Resource), Properties: typeof props === 'object' && props !== null && !Array.isArray(props) ? (props as Record<string, unknown>) : {} };
  }
  return { ok: true, template: { ...(doc as Record<string, unknown>), Resources: resources }, warnings };
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
    for (const match of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z.]+)?\}/g)) if (match[1] in resources) return match[1];
  }
  return null;
}
