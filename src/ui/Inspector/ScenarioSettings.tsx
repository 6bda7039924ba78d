/** With nothing selected: the scenario's own settings and the account. */
import { useMemo } from 'react';
import { z } from 'zod';
import { accountSchema, parseScenario, type Scenario } from '../../model';
import type { ScenarioMeta } from '../../store/diagram';
import { toScenario } from '../../store/scenarioStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { ConfigForm } from './ConfigForm';
import { describeObject } from './describeSchema';
import { RunSummary } from './RunSummary';
import { useDraft, type Validation } from './useDraft';

const settingsSchema = z.object({
  name: z.string().max(120),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  durationSeconds: z.number().positive().max(30 * 24 * 3600),
  account: accountSchema,
});
type Settings = Pick<Scenario, 'name' | 'seed' | 'durationSeconds' | 'account'>;

function validate(draft: unknown): Validation<Settings> {
  const state = useScenarioStore.getState();
  const candidate = { ...toScenario(state), ...(draft as Partial<ScenarioMeta>) };
  const parsed = parseScenario(candidate);
  if (!parsed.ok) return { ok: false, errors: Object.fromEntries(parsed.issues.map((i) => [i.path, i.message])) };
  const { name, seed, durationSeconds, account } = parsed.scenario;
  return { ok: true, value: { name, seed, durationSeconds, account } };
}

export function ScenarioSettings() {
  const meta = useScenarioStore((s) => s.meta);
  const setMeta = useScenarioStore((s) => s.setMeta);
  const fields = useMemo(() => describeObject(settingsSchema), []);
  const defaults = useMemo(() => ({ name: 'Untitled scenario', seed: 1, durationSeconds: 600, account: accountSchema.parse({}) }), []);
  const committed = useMemo<Settings>(() => ({ name: meta.name, seed: meta.seed, durationSeconds: meta.durationSeconds, account: meta.account }), [meta]);

  const { draft, errors, change } = useDraft(committed, validate, (settings) => setMeta(settings));

  return (
    <section aria-label="Scenario settings">
      <h2 className="lp-inspector-title">Scenario</h2>
      <p className="lp-inspector-sub">Select a node or a link to see its settings.</p>
      <RunSummary />
      {meta.description && <p className="lp-field-help">{meta.description}</p>}
      {meta.teaching && (
        <div className="lp-teaching">
          <p>
            <strong>Topic:</strong> {meta.teaching.topic}
          </p>
          <p>
            <strong>Watch:</strong> {meta.teaching.watch}
          </p>
          <p>
            <strong>Think first:</strong> {meta.teaching.question}
          </p>
        </div>
      )}
      <ConfigForm scope="scenario" fields={fields} value={draft} defaults={defaults} errors={errors} onChange={change} />
    </section>
  );
}
