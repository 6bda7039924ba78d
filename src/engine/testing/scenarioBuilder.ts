/** Small scenarios for engine tests, validated by the same schema as files. */
import { CURRENT_SCHEMA_VERSION, parseScenario, type Scenario } from '../../model';

/** Loose on purpose: tests write scenarios as a file would, and the schema checks them. */
export function scenario(input: Record<string, unknown>): Scenario {
  const parsed = parseScenario({ schemaVersion: CURRENT_SCHEMA_VERSION, ...input });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.scenario;
}

type Json = Record<string, unknown>;

/** An ALB (or another caller) wired to one function. */
export function callerToFunction(opts: {
  seconds: number;
  seed?: number;
  caller?: 'alb' | 'apiGateway' | 'functionUrl' | 'client';
  callerConfig: Json;
  fn: Json;
  account?: Json;
}): Scenario {
  return scenario({
    seed: opts.seed ?? 1,
    durationSeconds: opts.seconds,
    account: opts.account,
    nodes: [
      { id: 'caller', kind: opts.caller ?? 'alb', config: opts.callerConfig },
      { id: 'fn', kind: 'function', config: opts.fn },
    ],
    edges: [{ id: 'e', source: 'caller', target: 'fn', kind: 'trigger' }],
  });
}
