/** Every setting of the selected node, validated against src/model before it reaches the store. */
import { useMemo } from 'react';
import { CONFIG_SCHEMAS, parseScenario, type ScenarioNode } from '../../model';
import type { ServiceNode } from '../../store/diagram';
import { toScenario } from '../../store/scenarioStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { kindName } from '../kindName';
import { ConfigForm } from './ConfigForm';
import { describeObject } from './describeSchema';
import { TextInput } from './FieldInput';
import { LinkEditor } from './LinkEditor';
import { useDraft, zodErrors, type Validation } from './useDraft';

/** Issues the whole scenario finds with one node's config (e.g. reserved above the account's allowance). */
export function scenarioIssuesFor(prefix: string, scenario: unknown): Record<string, string> {
  const parsed = parseScenario(scenario);
  if (parsed.ok) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.issues) {
    if (!issue.path.startsWith(prefix)) continue;
    const at = issue.path.indexOf('.config.');
    out[at >= 0 ? issue.path.slice(at + '.config.'.length) : '(all)'] = issue.message;
  }
  return out;
}

export function NodeInspector({ node }: { node: ServiceNode }) {
  const { kind } = node.data;
  const schema = CONFIG_SCHEMAS[kind];
  const fields = useMemo(() => describeObject(schema), [schema]);
  const defaults = useMemo(() => schema.parse({}), [schema]);
  const setNodeConfig = useScenarioStore((s) => s.setNodeConfig);
  const setNodeLabel = useScenarioStore((s) => s.setNodeLabel);

  const validate = (draft: unknown): Validation<ScenarioNode['config']> => {
    const result = schema.safeParse(draft);
    if (!result.success) return { ok: false, errors: zodErrors(result.error) };
    const state = useScenarioStore.getState();
    const index = state.nodes.findIndex((n) => n.id === node.id);
    const nodes = state.nodes.map((n) => (n.id === node.id ? { ...n, data: { ...n.data, config: result.data as ScenarioNode['config'] } } : n));
    const errors = scenarioIssuesFor(`nodes[${index}]`, toScenario({ ...state, nodes }));
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: result.data as ScenarioNode['config'] };
  };

  const { draft, errors, change } = useDraft(node.data.config, validate, (config) => setNodeConfig(node.id, config));

  return (
    <section aria-label={`Settings of ${node.data.label || node.id}`}>
      <h2 className="lp-inspector-title">{kindName(kind, node.data.config)}</h2>
      <div className="lp-field">
        <label htmlFor="f-node-label">Label</label>
        <TextInput id="f-node-label" placeholder={node.id} value={node.data.label ?? ''} maxLength={80} onChange={(next) => setNodeLabel(node.id, next)} />
        <div className="lp-field-meta">
          <span>id: {node.id}</span>
        </div>
      </div>
      {errors['(all)'] && (
        <div className="lp-field-error" role="alert">
          {errors['(all)']}
        </div>
      )}
      <LinkEditor nodeId={node.id} />
      <ConfigForm scope={node.id} fields={fields} value={draft} defaults={defaults} errors={errors} onChange={change} />
    </section>
  );
}
