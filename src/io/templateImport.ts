/** A SAM or CloudFormation template (YAML or JSON), mapped to nodes and laid out. Loaded on demand: it brings yaml and dagre. */
import { parseTemplate } from './cfnYaml';
import { templateToScenario } from './cloudformation';
import { resolveParameters } from './templateParams';
import { fail, openScenarioJson, type OpenResult } from './scenarioFile';

/** `parameters` overrides the Default of each named template parameter. */
export function openTemplateText(text: string, fileName: string, parameters: Readonly<Record<string, unknown>> = {}): OpenResult {
  const template = parseTemplate(text, fileName);
  if (!template.ok) return fail(template.message);
  const resolved = resolveParameters(template.template, parameters);
  const imported = templateToScenario(resolved.template, fileName);
  imported.notes.unshift(...template.warnings, ...resolved.notes);
  if ((imported.scenario.nodes as unknown[]).length === 0)
  {
    const byCondition = resolved.notes.filter((n) => n.includes('its condition')).length;
    const why = byCondition > 0 ? ` ${byCondition} resources were left out because their conditions are false with these parameter values.` : '';
    return fail(`${fileName} is a template, but none of its resources is one the playground simulates (functions, queues, topics, buckets, streams, rules).${why}`);
  }
  // The template stays with the scenario, so that it can be written back into later (samWriteBack.ts).
  const transform = template.template.Transform;
  const sam = (Array.isArray(transform) ? transform : [transform]).some((t) => typeof t === 'string' && t.startsWith('AWS::Serverless'));
  imported.scenario.source = { kind: sam ? 'sam' : 'cloudformation', fileName: fileName.split(/[\\/]/).pop(), text };
  const opened = openScenarioJson(imported.scenario, fileName);
  return opened.ok ? { ...opened, notes: imported.notes } : opened;
}
