import { CURRENT_SCHEMA_VERSION } from './scenario';

/**
 * Brings a scenario file of any earlier schemaVersion up to the current one.
 * Version 1 is the first public contract; each later version adds one step here
 * and a frozen fixture of the version it migrates from (src/model/__fixtures__).
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: fromVersion1,
};

/**
 * Version 2 gives every caller one name for the size of the request it sends,
 * `payloadKB` (checked against the 6 MB sync and 1 MB async limits of Lambda,
 * and the 1 MB of an ALB). Version 1 had it only on the ALB, as `requestSizeKB`.
 * Everything else in a version-1 file means the same in version 2; the fields
 * version 2 adds (crashes, memory use, package and payload limits) take their
 * defaults, which reproduce version 1's behaviour.
 */
function fromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(old.nodes)) return old;
  const nodes = old.nodes.map((node: unknown) => {
    if (!isObject(node) || node.kind !== 'alb' || !isObject(node.config) || !('requestSizeKB' in node.config)) return node;
    const { requestSizeKB, ...config } = node.config;
    return { ...node, config: 'payloadKB' in config ? node.config : { ...config, payloadKB: requestSizeKB } };
  });
  return { ...old, nodes };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type MigrationResult = { ok: true; value: unknown } | { ok: false; message: string };

export function migrateScenario(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, message: 'a scenario is a JSON object with schemaVersion, nodes and edges' };
  let value = input as Record<string, unknown>;
  const version = value.schemaVersion;
  if (version === undefined) return { ok: false, message: `schemaVersion is missing (this playground writes ${CURRENT_SCHEMA_VERSION})` };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, message: `schemaVersion must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}, not ${JSON.stringify(version)}` };
  if (version > CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      message: `schemaVersion ${version} is newer than this playground understands (${CURRENT_SCHEMA_VERSION}); open it in a newer version`,
    };
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
    value = { ...step(value), schemaVersion: v + 1 };
  }
  return { ok: true, value };
}
