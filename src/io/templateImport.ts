/** A SAM or CloudFormation template (YAML or JSON), mapped to nodes and laid out. Loaded on demand: it brings yaml and dagre. */
import { parseTemplate } from './cfnYaml';
import { templateToScenario } from './cloudformation';
import { fail, openScenarioJson, type OpenResult } from './scenarioFile';

export function openTemplateText(text: string, fileName: string): OpenResult {
  const template = parseTemplate(text, fileName);
  if (!template.ok) return fail(template.message);
  const imported = templateToScenario(template.template, fileName);
  imported.notes.unshift(...template.warnings);
  if ((imported.scenario.nodes as unknown[]).length === 0)
    return fail(`${fileName} is a template, but none of its resources is one the playground simulates (functions, queues, topics, buckets, streams, rules).`);
  const opened = openScenarioJson(imported.scenario, fileName);
  return opened.ok ? { ...opened, notes: imported.notes } : opened;
}
