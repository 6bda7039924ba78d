import { parseScenario, type Scenario } from '../model';
import albReservedConcurrency from './alb-reserved-concurrency.json';

function mustParse(raw: unknown, name: string): Scenario {
  const result = parseScenario(raw);
  if (!result.ok) throw new Error(`preset ${name} is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.scenario;
}

/** What a first visit opens: an ALB wired to one function with reserved concurrency. */
export const DEFAULT_SCENARIO: Scenario = mustParse(albReservedConcurrency, 'alb-reserved-concurrency');
