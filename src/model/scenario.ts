import { z } from './zodConfig';
import { accountSchema, setAsideProblem } from './account';
import { checkConnection } from './connections';
import { edgeSchema } from './edges';
import { nodeSchema, type ScenarioNode } from './nodes';

export const CURRENT_SCHEMA_VERSION = 1;

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
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
