import { z } from './zodConfig';
import { distributionSchema } from './distribution';
import { trafficSchema } from './traffic';
import { INPUT_LIMITS } from './limits';
import { neverFires, parseSchedule } from './schedule';

/** A source that may only receive (a queue or topic used as a target) has no producers by default. */
const noTraffic = trafficSchema.default({
  pattern: 'poisson',
  ratePerSecond: 0,
  steps: [],
  ramp: null,
  dailyCycle: null,
  bursts: [],
});

/** S3 notifications: asynchronous; delivery delay lognormal median 1 s, p99 30 s (Part 1). */
export const s3ConfigSchema = z.strictObject({
  traffic: noTraffic,
  deliveryDelayMs: distributionSchema.default({ distribution: 'lognormal', p50: 1000, p99: 30_000 }),
  /** Share of object writes whose keys match the notification's prefix and suffix filter. */
  filterMatchRatio: z.number().min(0).max(1).default(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
  /**
   * Whether objects that functions write into this bucket match the filter too.
   * True by default, which makes a function writing back to its own bucket a
   * loop (§7, §9); false models writing under a prefix the filter excludes.
   */
  writesMatchFilter: z.boolean().default(true),
});

export const snsConfigSchema = z.strictObject({ traffic: noTraffic });

/** An EventBridge bus with one rule: `traffic` is the matching events per second. */
export const eventbridgeRuleConfigSchema = z.strictObject({ traffic: noTraffic });

/** `rate(5 minutes)` or six-field `cron(0 12 * * ? *)`, in UTC (§7). */
export const eventbridgeScheduleConfigSchema = z
  .strictObject({
    // The engine's own parser (schedule.ts) checks every field, so what the schema accepts the engine fires.
    expression: z
      .string()
      .trim()
      .superRefine((expression, ctx) => {
        const parsed = parseSchedule(expression);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
      })
      .default('rate(5 minutes)'),
    /** The UTC instant simulated time 0 stands for; midnight, as the daily traffic cycle assumes. */
    startAtUTC: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date and time, e.g. 2026-01-01T00:00:00Z')
      .default('2026-01-01T00:00:00Z'),
  })
  .superRefine((config, ctx) => {
    // A valid cron can still name no real minute (30 February, a past year): it would never fire.
    const parsed = parseSchedule(config.expression);
    const problem = parsed.ok ? neverFires(parsed.schedule, Date.parse(config.startAtUTC)) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['expression'], message: problem });
  });

/**
 * Records written at a given time that make every invocation that sees them
 * fail (the poison-record presets, §6.3): they block a stream's shard, or
 * return to a queue until redrive.
 */
export const poisonRecordSchema = z.strictObject({
  atSeconds: z.number().nonnegative(),
  /** Streams: the shard the record lands in. */
  shard: z.number().int().min(0).default(0),
  count: z.number().int().min(1).default(1),
});

/** SQS: visibility timeout default 30 s, 0–43,200 s (§6.3 side facts). */
export const sqsConfigSchema = z
  .strictObject({
    fifo: z.boolean().default(false),
    messageGroups: z.number().int().min(1).default(1),
    visibilityTimeoutSeconds: z.number().int().min(0).max(43_200).default(30),
    /** Redrive policy: after this many receives a message moves to the queue's dead-letter target (null: never). */
    maxReceiveCount: z.number().int().min(1).max(1000).nullable().default(null),
    traffic: noTraffic,
    initialBacklog: z.number().int().min(0).default(0),
    /** SQS keeps a message 4 days by default, 60 s to 14 days (§6.3 side facts); then it is deleted, processed or not. */
    messageRetentionSeconds: z.number().int().min(60).max(1_209_600).default(345_600),
    poisonRecords: z.array(poisonRecordSchema).max(INPUT_LIMITS.maxListEntries).default([]),
  })
  .refine((q) => q.fifo || q.messageGroups === 1, {
    message: 'messageGroups applies only to FIFO queues',
    path: ['messageGroups'],
  });

/** A stream's poison records land on one of its shards, numbered 0 to shards − 1. */
function poisonOnExistingShards(config: { shards: number; poisonRecords: readonly { shard: number }[] }, ctx: z.RefinementCtx): void {
  const { shards } = config;
  config.poisonRecords.forEach((record, i) => {
    if (record.shard < shards) return;
    ctx.addIssue({
      code: 'custom',
      path: ['poisonRecords', i, 'shard'],
      message: `shard ${record.shard} does not exist: this stream has ${shards === 1 ? '1 shard, numbered 0' : `${shards} shards, numbered 0–${shards - 1}`}`,
    });
  });
}

/** Kinesis: retention 24 h to 365 days. */
export const kinesisConfigSchema = z.strictObject({
  shards: z.number().int().min(1).max(10_000).default(1),
  retentionHours: z.number().min(24).max(8760).default(24),
  traffic: noTraffic,
  /**
   * Records already in the stream when the run starts, written evenly over the
   * hour before it: a mapping whose startingPosition is TRIM_HORIZON reads them
   * first, one with LATEST (the default) skips them (§6.3).
   */
  initialRecords: z.number().int().min(0).default(0),
  poisonRecords: z.array(poisonRecordSchema).max(INPUT_LIMITS.maxListEntries).default([]),
}).superRefine(poisonOnExistingShards);

/** DynamoDB Streams keep records for 24 h (§6.4). */
export const dynamodbStreamConfigSchema = z.strictObject({
  shards: z.number().int().min(1).max(10_000).default(1),
  retentionHours: z.literal(24).default(24),
  traffic: noTraffic,
  /**
   * Records already in the stream when the run starts, written evenly over the
   * hour before it: a mapping whose startingPosition is TRIM_HORIZON reads them
   * first, one with LATEST (the default) skips them (§6.3).
   */
  initialRecords: z.number().int().min(0).default(0),
  poisonRecords: z.array(poisonRecordSchema).max(INPUT_LIMITS.maxListEntries).default([]),
}).superRefine(poisonOnExistingShards);
