import { useEffect } from 'react';
import type { ScenarioIssue, Scenario } from '../../model';
import { decodeShareHash } from '../../io/shareLink';

export interface HashLinkHandlers {
  onScenario(scenario: Scenario): void;
  onProblem(message: string, issues: readonly ScenarioIssue[]): void;
}

/**
 * A share link pasted into the address bar of an open tab changes only the
 * hash, so the page does not reload: open it here, the same way startup does.
 */
export function useHashLinks(handlers: HashLinkHandlers): void {
  useEffect(() => {
    const onHashChange = () => {
      const link = decodeShareHash(window.location.hash);
      if (link.kind === 'none') return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      if (link.kind === 'ok') handlers.onScenario(link.scenario);
      else handlers.onProblem(link.message, link.issues);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [handlers]);
}
