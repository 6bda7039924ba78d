import { z } from './zodConfig';

export const EDGE_KINDS = ['trigger', 'onSuccess', 'onFailure', 'deadLetter', 'writes'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * Event source mapping settings (§6), on a `trigger` edge from sqs, kinesis or
 * dynamodbStream. Absent fields take the defaults of `resolveMappingConfig`,
 * which depend on the source kind (batch 10 for SQS, 100 for streams).
 */
export const mappingConfigSchema = z.strictObject({
  batchSize: z.number().int().min(1).max(10_000).optional(),
  maximumBatchingWindowSeconds: z.number().min(0).max(300).optional(),
  /** SQS only: 2–1,000, caps this mapping's concurrent invokes without throttling (§6.1). */
  maximumConcurrency: z.number().int().min(2).max(1000).nullable().optional(),
  /** Streams only: 1–10 batches per shard at a time (§6.3). */
  parallelizationFactor: z.number().int().min(1).max(10).optional(),
  bisectBatchOnFunctionError: z.boolean().optional(),
  /** Streams only: −1 (retry until the record expires) to 10,000. */
  maximumRetryAttempts: z.number().int().min(-1).max(10_000).optional(),
  /** Streams only: −1 (no limit) or 60–604,800. */
  maximumRecordAgeSeconds: z
    .number()
    .int()
    .refine((v) => v === -1 || (v >= 60 && v <= 604_800), 'must be -1 or between 60 and 604,800')
    .optional(),
  reportBatchItemFailures: z.boolean().optional(),
  startingPosition: z.enum(['LATEST', 'TRIM_HORIZON']).optional(),
});
export type MappingConfigInput = z.infer<typeof mappingConfigSchema>;

/** On a `writes` edge: what each successful invocation emits to the target. */
export const writesConfigSchema = z.strictObject({
  /** Messages, objects or events per successful invocation (fractions are an average). */
  perInvocation: z.number().min(0).max(1000).optional(),
});

export const edgeConfigSchema = mappingConfigSchema.extend(writesConfigSchema.shape);
export type EdgeConfig = z.infer<typeof edgeConfigSchema>;

export const edgeSchema = z.strictObject({
  id: z.string().min(1).max(64),
  source: z.string().min(1),
  target: z.string().min(1),
  kind: z.enum(EDGE_KINDS),
  config: edgeConfigSchema.default({}),
});
export type ScenarioEdge = z.infer<typeof edgeSchema>;
