import { z } from './zodConfig';
import { accountSchema, setAsideProblem } from './account';
import { checkConnection } from './connections';
import { edgeSchema } from './edges';
import { CONFIG_SCHEMAS, nodeSchema, type ScenarioNode } from './nodes';
import { changedNode, variantsSchema } from './variants';
import { templateSourceSchema } from './templateSource';

/** 2: callers state `payloadKB`; functions may crash, run out of memory and state package sizes (migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 2;

/** Limits that keep a run inside what a browser tab can simulate. */
export const ENGINE_LIMITS = {
  maxDurationSeconds: 30 * 24 * 3600,
  maxNodes: 200,
  maxEdges: 400,
  /** Expected requests, events and messages produced over a whole run, summed over all sources. */
  maxArrivals: 2_000_000_000,
} as const;

export const teachingSchema = z.strictObject({
  topic: z.string(),
  watch: z.string(),
  question: z.string(),
});

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    name: z.string().max(120).default('Untitled scenario'),
    description: z.string().max(4000).default(''),
    /** Presets: the exam topic, what to watch, a question to think about before pressing Play. */
    teaching: teachingSchema.nullable().default(null),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
    durationSeconds: z.number().positive().max(ENGINE_LIMITS.maxDurationSeconds).default(600),
    account: accountSchema.default(accountSchema.parse({})),
    nodes: z.array(nodeSchema).max(ENGINE_LIMITS.maxNodes),
    edges: z.array(edgeSchema).max(ENGINE_LIMITS.maxEdges),
    /** Other designs of this diagram, compared with it on the same traffic (variants.ts). */
    variants: variantsSchema.optional(),
    /** The template this scenario was imported from (templateSource.ts). */ source: templateSourceSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const byId = new Map<string, ScenarioNode>();
    s.nodes.forEach((node, i) => {
      if (byId.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${node.id}"` });
      byId.set(node.id, node);
    });
    const edgeIds = new Set<string>();
    s.edges.forEach((edge, i) => {
      if (edgeIds.has(edge.id)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id "${edge.id}"` });
      edgeIds.add(edge.id);
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source) return ctx.addIssue({ code: 'custom', path: ['edges', i, 'source'], message: `no node has id "${edge.source}"` });
      if (!target) return ctx.addIssue({ code: 'custom', path: ['edges', i, 'target'], message: `no node has id "${edge.target}"` });
      const check = checkConnection(
        {
          sourceKind: source.kind,
          targetKind: target.kind,
          sourceFifo: source.kind === 'sqs' ? source.config.fifo : undefined,
          targetFifo: target.kind === 'sqs' ? target.config.fifo : undefined,
        },
        edge.kind,
      );
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['edges', i, 'kind'], message: check.reason });
      // Tenant isolation mode takes invokes that carry a tenant id: API Gateway and direct Invoke calls
      // (an SDK client or another function); Function URLs and the other event sources are not supported
      // (AWS CDK TenancyConfig: "incompatible with … Function URLs, Most Event sources (only API Gateway is supported)").
      if (target.kind === 'function' && target.config.tenantIsolation !== null && !TENANT_CALLERS.has(source.kind))
        ctx.addIssue({
          code: 'custom',
          path: ['edges', i, 'source'],
          message: `"${target.id}" uses tenant isolation mode, which only API Gateway and direct Invoke calls (a client or another function) can reach, not a ${source.kind}`,
        });
      if (edge.kind === 'trigger' && source.kind === 'sqs') {
        const batch = edge.config.batchSize ?? 10;
        if (source.config.fifo && batch > 10)
          ctx.addIssue({ code: 'custom', path: ['edges', i, 'config', 'batchSize'], message: 'a FIFO queue mapping takes at most 10 messages a batch' });
        if (batch > 10 && (edge.config.maximumBatchingWindowSeconds ?? 0) < 1)
          ctx.addIssue({
            code: 'custom',
            path: ['edges', i, 'config', 'maximumBatchingWindowSeconds'],
            message: 'a batch size above 10 needs a batching window of at least 1 second',
          });
      }
    });

    // §1.2: reserved concurrency may total at most the account limit minus 100. Provisioned
    // concurrency of a function without a reservation is claimed from the same pool
    // (ClaimedAccountConcurrency, §12), so it counts toward that total too.
    let claimedTotal = 0;
    let firstClaim = -1;
    s.nodes.forEach((node, i) => {
      if (node.kind !== 'function') return;
      const { reservedConcurrency, provisionedConcurrency } = node.config;
      const claim = reservedConcurrency ?? provisionedConcurrency;
      claimedTotal += claim;
      if (claim > 0 && firstClaim < 0) firstClaim = i;
      if (node.config.tenantIsolation !== null && provisionedConcurrency > 0)
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'config', 'provisionedConcurrency'], message: 'tenant isolation mode cannot be used with provisioned concurrency (AWS: incompatible)' });
      if (node.config.tenantIsolation !== null && node.config.runtime === 'java-snapstart')
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'config', 'runtime'], message: 'tenant isolation mode cannot be used with SnapStart (AWS: incompatible)' });
      if (reservedConcurrency !== null && provisionedConcurrency > reservedConcurrency)
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', i, 'config', 'provisionedConcurrency'],
          message: `provisioned concurrency (${provisionedConcurrency}) cannot exceed reserved concurrency (${reservedConcurrency})`,
        });
    });
    const problem = setAsideProblem(claimedTotal, s.account.concurrencyLimit);
    if (problem) {
      const node = s.nodes[firstClaim];
      const field = node?.kind === 'function' && node.config.reservedConcurrency === null ? 'provisionedConcurrency' : 'reservedConcurrency';
      ctx.addIssue({
        code: 'custom',
        path: firstClaim >= 0 ? ['nodes', firstClaim, 'config', field] : ['account', 'concurrencyLimit'],
        message: problem,
      });
    }
    if (s.variants) checkVariants(s as Scenario, byId, ctx);
  });

/** Who may invoke a function in tenant isolation mode (see the edge check above). */
const TENANT_CALLERS: ReadonlySet<string> = new Set(['apiGateway', 'client', 'function']);

/** `nodes[1] (api).config.memoryMB`, as validate.ts says paths. */
function wherePath(path: readonly PropertyKey[], nodes: readonly ScenarioNode[]): string {
  let out = '';
  path.forEach((key, i) => {
    if (typeof key === 'number') out += `[${key}]${path[i - 1] === 'nodes' && nodes[key] ? ` (${nodes[key].id})` : ''}`;
    else out += (out ? '.' : '') + String(key);
  });
  return out || 'the scenario';
}

/**
 * Each variant names nodes of this scenario, changes each at most once, gives
 * each a config its kind accepts, and as a whole makes a valid scenario (the
 * account-wide rules, such as the 100 unreserved, hold for it too).
 */
function checkVariants(s: Scenario, byId: ReadonlyMap<string, ScenarioNode>, ctx: z.RefinementCtx): void {
  const names = new Set<string>();
  (s.variants ?? []).forEach((variant, v) => {
    const at = (...rest: PropertyKey[]) => ['variants', v, ...rest];
    if (names.has(variant.name)) ctx.addIssue({ code: 'custom', path: at('name'), message: `two variants are named "${variant.name}"; give each its own name` });
    names.add(variant.name);
    const seen = new Set<string>();
    let valid = true;
    const nodes = new Map(byId);
    variant.changes.forEach((change, c) => {
      const node = byId.get(change.nodeId);
      if (!node) {
        valid = false;
        const ids = [...byId.keys()];
        return ctx.addIssue({
          code: 'custom',
          path: at('changes', c, 'nodeId'),
          message: `no node has id "${change.nodeId}"; a variant changes nodes of this scenario${ids.length > 0 ? ` (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})` : ''}`,
        });
      }
      if (seen.has(change.nodeId)) {
        valid = false;
        return ctx.addIssue({ code: 'custom', path: at('changes', c, 'nodeId'), message: `"${change.nodeId}" is changed twice in this variant; put all its changes in one` });
      }
      seen.add(change.nodeId);
      const changed = changedNode(node, change);
      const parsed = CONFIG_SCHEMAS[node.kind].safeParse(changed.config);
      if (!parsed.success) {
        valid = false;
        for (const issue of parsed.error.issues) {
          const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
          ctx.addIssue({ code: 'custom', path: at('changes', c, 'config', ...path), message: issue.message });
        }
        return;
      }
      nodes.set(node.id, { ...node, config: parsed.data } as ScenarioNode);
    });
    if (!valid) return;
    const whole = scenarioSchema.safeParse({ ...s, variants: undefined, nodes: s.nodes.map((n) => nodes.get(n.id) ?? n) });
    if (!whole.success)
      for (const issue of whole.error.issues)
        ctx.addIssue({ code: 'custom', path: at(), message: `with this variant, ${wherePath(issue.path, s.nodes)}: ${issue.message}` });
  });
}

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
