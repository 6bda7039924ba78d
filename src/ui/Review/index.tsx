/** The review panel: what is wrong or risky in the diagram, with the AWS rule, the nodes and a fix. */
import { useMemo } from 'react';
import { parseScenario } from '../../model';
import { RULES, reviewScenario } from '../../review';
import { toScenario } from '../../store/scenarioStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { applyFix } from './applyFix';
import { ShowMe } from './ShowMe';
// oxlint-disable-next-line import/no-unassigned-import
import './review.css';

const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ReviewPanel() {
  const meta = useScenarioStore((s) => s.meta);
  const nodes = useScenarioStore((s) => s.nodes);
  const edges = useScenarioStore((s) => s.edges);
  const parsed = useMemo(() => parseScenario(toScenario({ meta, nodes, edges })), [meta, nodes, edges]);
  const findings = useMemo(() => (parsed.ok ? reviewScenario(parsed.scenario) : []), [parsed]);
  const store = useScenarioStore.getState;
  return (
    <details className="lp-review" aria-label="Review">
      <summary>
        Review: {findings.length} finding{findings.length === 1 ? '' : 's'}
      </summary>
      {findings.length === 0 ? (
        <p className="lp-review-empty">{parsed.ok ? 'Nothing found by the review rules.' : 'The diagram has errors; fix them to review it.'}</p>
      ) : (
        <ul className="lp-review-list">
          {findings.map((f, i) => {
            const rule = RULE_BY_ID.get(f.id);
            return (
              <li key={`${f.id}-${i}`} className={`lp-review-item lp-review-${f.severity}`}>
                <div>
                  <strong className="lp-review-severity">{f.severity}</strong> <code>{f.id}</code>
                  {rule && (
                    <>
                      {' '}
                      <a href={rule.sourceUrl} target="_blank" rel="noreferrer">
                        AWS docs
                      </a>
                    </>
                  )}
                </div>
                <p>{f.message}</p>
                <p className="lp-review-fix">Fix: {f.fix}</p>
                <div className="lp-review-actions">
                  <button type="button" onClick={() => store().select({ nodes: f.nodes, edges: [] })}>
                    Highlight nodes
                  </button>
                  {parsed.ok && <ShowMe scenario={parsed.scenario} finding={f} />}
                  <button
                    type="button"
                    onClick={() => {
                      if (parsed.ok) applyFix(store(), parsed.scenario, f.apply(parsed.scenario));
                    }}
                  >
                    Fix
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
