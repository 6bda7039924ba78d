/** The selected link: its kind, and the event source mapping or write settings it carries. */
import { useMemo } from 'react';
import {
  edgeConfigSchema,
  KIND_NAMES,
  mappingConfigSchema,
  resolveMappingConfig,
  writesConfigSchema,
  type EdgeConfig,
  type EdgeKind,
  type NodeKind,
} from '../../model';
import type { KindEdge } from '../../store/diagram';
import { toScenario } from '../../store/scenarioStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { EdgeKindOptions } from './EdgeKindOptions';
import { useUiStore } from '../uiStore';
import { ConfigForm } from './ConfigForm';
import { describeObject, type FieldSpec } from './describeSchema';
import { scenarioIssuesFor } from './NodeInspector';
import { useDraft, zodErrors, type Validation } from './useDraft';

/** §6: which mapping settings apply to which source. */
const SQS_FIELDS = new Set(['batchSize', 'maximumBatchingWindowSeconds', 'maximumConcurrency', 'reportBatchItemFailures']);
const STREAM_FIELDS = new Set([
  'batchSize',
  'maximumBatchingWindowSeconds',
  'parallelizationFactor',
  'bisectBatchOnFunctionError',
  'maximumRetryAttempts',
  'maximumRecordAgeSeconds',
  'reportBatchItemFailures',
  'startingPosition',
]);

function fieldsFor(kind: EdgeKind, sourceKind: NodeKind | undefined): { fields: FieldSpec[]; defaults: unknown } {
  if (kind === 'writes') return { fields: describeObject(writesConfigSchema), defaults: { perInvocation: 1 } };
  if (kind === 'trigger' && sourceKind === 'sqs')
    return { fields: describeObject(mappingConfigSchema).filter((f) => SQS_FIELDS.has(f.path)), defaults: resolveMappingConfig('sqs', {}) };
  if (kind === 'trigger' && (sourceKind === 'kinesis' || sourceKind === 'dynamodbStream'))
    return { fields: describeObject(mappingConfigSchema).filter((f) => STREAM_FIELDS.has(f.path)), defaults: resolveMappingConfig(sourceKind, {}) };
  return { fields: [], defaults: {} };
}

export function EdgeInspector({ edge }: { edge: KindEdge }) {
  const nodes = useScenarioStore((s) => s.nodes);
  const setEdgeConfig = useScenarioStore((s) => s.setEdgeConfig);
  const setEdgeKind = useScenarioStore((s) => s.setEdgeKind);
  const kind = edge.data?.kind ?? 'trigger';
  const source = nodes.find((n) => n.id === edge.source);
  const target = nodes.find((n) => n.id === edge.target);
  const { fields, defaults } = useMemo(() => fieldsFor(kind, source?.data.kind), [kind, source?.data.kind]);

  const validate = (draft: unknown): Validation<EdgeConfig> => {
    const result = edgeConfigSchema.safeParse(draft);
    if (!result.success) return { ok: false, errors: zodErrors(result.error) };
    const state = useScenarioStore.getState();
    const index = state.edges.findIndex((e) => e.id === edge.id);
    const edges = state.edges.map((e) => (e.id === edge.id && e.data ? { ...e, data: { ...e.data, config: result.data } } : e));
    const errors = scenarioIssuesFor(`edges[${index}]`, toScenario({ ...state, edges }));
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: result.data };
  };
  const { draft, errors, change } = useDraft(edge.data?.config ?? {}, validate, (config) => setEdgeConfig(edge.id, config));

  return (
    <section aria-label={`Settings of link ${edge.id}`}>
      <h2 className="lp-inspector-title">Link</h2>
      <p className="lp-inspector-sub">
        {source ? `${source.data.label || source.id} (${KIND_NAMES[source.data.kind]})` : edge.source} →{' '}
        {target ? `${target.data.label || target.id} (${KIND_NAMES[target.data.kind]})` : edge.target}
      </p>
      <div className="lp-field">
        <div className="lp-field-row">
          <label htmlFor="f-edge-kind">Link kind</label>
          <select
            id="f-edge-kind"
            value={kind}
            onChange={(e) => {
              const result = setEdgeKind(edge.id, e.target.value as EdgeKind);
              if (!result.ok) useUiStore.getState().showToast(`Link refused: ${result.reason}`, 'error');
            }}
          >
            <EdgeKindOptions />
          </select>
        </div>
        <div className="lp-field-help">Only kinds AWS allows between these two resources are accepted.</div>
      </div>
      {fields.length === 0 && <p className="lp-field-help">This link has no settings of its own.</p>}
      <ConfigForm scope={edge.id} fields={fields} value={draft} defaults={defaults} errors={errors} onChange={change} />
    </section>
  );
}
