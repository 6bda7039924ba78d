/** The review panel: what is wrong or risky in the diagram, with the AWS rule, the nodes and a fix. */
import { useMemo } from 'react';
import { parseScenario } from '../../model';
import { RULES, RUN_RULES, reviewScenario } from '../../review';
import { runFitsScenario } from '../../review/runFits';
import { toScenario } from '../../store/scenarioStore';
import { useRunStore } from '../../store/useRunStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { applyFix } from './applyFix';
import { ReviewExports } from './ReviewExports';
import { ShowMe } from './ShowMe';
// oxlint-disable-next-line import/no-unassigned-import
import './review.css';

const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ReviewPanel() {
  const meta = useScenarioStore((s) => s.meta);
  const nodes = useScenarioStore((s) => s.nodes);
  const edges = useScenarioStore((s) => s.edges);
  const lastRun = useRunStore((s) => s.summary);
  const parsed = useMemo(() => parseScenario(toScenario({ meta, nodes, edges })), [meta, nodes, edges]);
  // The last finished run counts only while it is a run of this diagram.
  const run = parsed.ok && runFitsScenario(parsed.scenario, lastRun) ? lastRun : null;
  const findings = useMemo(() => (parsed.ok ? reviewScenario(parsed.scenario, run ?? undefined) : []), [parsed, run]);
  const store = useScenarioStore.getState;
  return (
    <details className="lp-review" aria-label="Review">
      <summary>
        Review: {findings.length} finding{findings.length === 1 ? '' : 's'}
      </summary>
      <p className="lp-review-hint" data-testid="review-run-rules">
        {run
          ? `Includes ${RUN_RULES.length} rules that read the last run's figures (${run.simulatedSeconds.toLocaleString('en-US')} s simulated).`
          : `${RUN_RULES.length} more rules read a finished run's figures (${RUN_RULES.map((r) => r.id).join(', ')}): run the diagram to the end to include them.`}
      </p>
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
                  {rule?.usesRun && <span className="lp-review-tag">from the last run</span>}
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
      {parsed.ok && <ReviewExports scenario={parsed.scenario} findings={findings} run={run} />}
    </details>
  );
}
