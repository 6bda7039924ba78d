import {
  accountSchema,
  CONFIG_SCHEMAS,
  edgeConfigSchema,
  functionConfigSchema,
  maxSetAside,
  setAsideProblem,
  UNRESERVED_MINIMUM,
  type FunctionConfig,
} from '../model';
import type { ScenarioPatch } from './api';
import type { SimulationRun } from './simulation';

/** An accepted change carries the settings before and after it, for the log. */
export type AppliedPatch = { ok: true; before: unknown; after: unknown } | { ok: false; message: string };

const refuse = (message: string): AppliedPatch => ({ ok: false, message });
const firstIssue = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || 'config'}: ${i.message}` : 'invalid';
};

/**
 * A change during a run (design.md "Data flow" 5): validated like a scenario
 * file, then applied at the current simulated time. Reserved and provisioned
 * concurrency keep the rules of §1.2–§1.3 (100 unreserved, PC ≤ reserved).
 */
export function applyPatch(run: SimulationRun, patch: ScenarioPatch): AppliedPatch {
  switch (patch.type) {
    case 'nodeConfig':
      return patchNode(run, patch.nodeId, patch.config);
    case 'edgeConfig':
      return patchEdge(run, patch.edgeId, patch.config);
    case 'account':
      return patchAccount(run, patch.account);
  }
}

function patchNode(run: SimulationRun, nodeId: string, config: unknown): AppliedPatch {
  const fn = run.functions.get(nodeId);
  if (fn) {
    const parsed = functionConfigSchema.safeParse(config);
    if (!parsed.success) return refuse(firstIssue(parsed.error.issues));
    // AWS TenancyConfig: "Tenant isolation configuration cannot be modified after function creation."
    if (JSON.stringify(parsed.data.tenantIsolation) !== JSON.stringify(fn.config.tenantIsolation))
      return refuse('tenant isolation mode is set when a function is created and cannot be changed afterwards');
    const problem = checkConcurrency(run, nodeId, parsed.data);
    if (problem) return refuse(problem);
    const before = fn.config;
    fn.applyConfig(parsed.data);
    return { ok: true, before, after: parsed.data };
  }
  const node = run.nodes.get(nodeId);
  if (!node) return refuse(`no node has id "${nodeId}"`);
  if (!node.applyConfig) return refuse(`a ${node.kind} cannot be changed during a run`);
  const parsed = CONFIG_SCHEMAS[node.kind].safeParse(config);
  if (!parsed.success) return refuse(firstIssue(parsed.error.issues));
  const result = node.applyConfig(parsed.data);
  if (!result.ok) return result;
  const before = run.nodeConfig(nodeId);
  run.setNodeConfig(nodeId, parsed.data);
  return { ok: true, before, after: parsed.data };
}

function checkConcurrency(run: SimulationRun, nodeId: string, next: FunctionConfig): string | null {
  const limit = run.pool.limit;
  // As the scenario schema counts it: reservations, plus the provisioned concurrency of functions that reserve none.
  let claimed = next.reservedConcurrency ?? next.provisionedConcurrency;
  for (const [id, other] of run.functions) if (id !== nodeId) claimed += other.config.reservedConcurrency ?? other.config.provisionedConcurrency;
  const problem = setAsideProblem(claimed, limit, 'would total');
  if (problem) return problem;
  if (next.reservedConcurrency !== null && next.provisionedConcurrency > next.reservedConcurrency)
    return `provisioned concurrency (${next.provisionedConcurrency}) cannot exceed reserved concurrency (${next.reservedConcurrency})`;
  if (next.provisionedConcurrency > maxSetAside(limit))
    return `provisioned concurrency cannot exceed the account limit minus ${UNRESERVED_MINIMUM} (${maxSetAside(limit)})`;
  return null;
}

function patchEdge(run: SimulationRun, edgeId: string, config: unknown): AppliedPatch {
  const edge = run.edgeById(edgeId);
  if (!edge) return refuse(`no edge has id "${edgeId}"`);
  const parsed = edgeConfigSchema.safeParse(config);
  if (!parsed.success) return refuse(firstIssue(parsed.error.issues));
  const next = { ...edge, config: parsed.data };
  for (const id of [edge.source, edge.target]) {
    const node = run.nodes.get(id);
    if (node?.applyEdgeConfig) {
      const r = node.applyEdgeConfig(next);
      if (!r.ok) return r;
    }
  }
  run.replaceEdge(next);
  return { ok: true, before: edge.config, after: parsed.data };
}

function patchAccount(run: SimulationRun, account: unknown): AppliedPatch {
  const parsed = accountSchema.safeParse(account);
  if (!parsed.success) return refuse(firstIssue(parsed.error.issues));
  const next = parsed.data;
  if (next.scalingModel !== run.account.scalingModel) return refuse('the scaling model cannot change during a run; reset and run again');
  if (next.legacyBurstConcurrency !== run.account.legacyBurstConcurrency && next.scalingModel === 'legacy')
    return refuse('the legacy burst cannot change during a run; reset and run again');
  let claimed = 0;
  for (const fn of run.functions.values()) claimed += fn.config.reservedConcurrency ?? fn.config.provisionedConcurrency;
  if (claimed > maxSetAside(next.concurrencyLimit))
    return refuse(
      `functions set aside ${claimed} (reserved, or provisioned without a reservation); an account limit of ${next.concurrencyLimit} leaves fewer than ${UNRESERVED_MINIMUM} unreserved`,
    );
  const before = run.account;
  run.account = next;
  run.pool.setAccount(run.kernel.now, next);
  run.pool.invalidate();
  for (const fn of run.functions.values()) fn.accountChanged(next);
  return { ok: true, before, after: next };
}
