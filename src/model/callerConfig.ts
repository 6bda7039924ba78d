import { z } from './zodConfig';
import { trafficSchema } from './traffic';

const traffic = trafficSchema.default({
  pattern: 'poisson',
  ratePerSecond: 1,
  steps: [],
  ramp: null,
  dailyCycle: null,
  bursts: [],
});

/**
 * §4, §5, §11: a synchronous invocation carries at most 6 MB (6,144 KB; "Request must be
 * smaller than 6291456 bytes"), an asynchronous one at most 1 MB (since October 2025; 256 KB
 * before). An event above 256 KB is billed one extra request per 64 KB (§10.1).
 */
export const PAYLOAD_KB = { sync: 6144, async: 1024, alb: 1024, asyncIncluded: 256, asyncChunk: 64 } as const;

const kb = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
const syncPayload = z
  .number()
  .positive()
  .max(PAYLOAD_KB.sync, { error: (iss) => `payloadKB ${kb(iss.input)} is above the 6 MB (6,144 KB) limit of a synchronous invocation (Lambda quotas); Lambda answers 413 RequestEntityTooLargeException` })
  .default(1);

/** ALB: synchronous, no retries, function error gives 502; request and response bodies at most 1 MB (§4). */
export const albConfigSchema = z.strictObject({
  traffic,
  payloadKB: z
    .number()
    .positive()
    .max(PAYLOAD_KB.alb, { error: (iss) => `payloadKB ${kb(iss.input)} is above the 1 MB (1,024 KB) of request body an ALB passes to Lambda (ELB: Lambda functions as targets)` })
    .default(1),
  responseSizeKB: z.number().positive().max(1024, 'A Lambda response to an ALB must be at most 1 MB (1,024 KB)').default(1),
});

/** API Gateway REST: 29 s integration timeout (504); 10,000 rps account bucket with 5,000 burst (429) (§4). */
export const apiGatewayConfigSchema = z.strictObject({
  traffic,
  integrationTimeoutSeconds: z.number().positive().max(300).default(29),
  /** API Gateway accepts 10 MB, but Lambda takes at most 6 MB (§4). */
  payloadKB: syncPayload,
  throttleRatePerSecond: z.number().positive().default(10_000),
  throttleBurst: z.number().int().positive().default(5_000),
});

/** Function URL: synchronous up to the function timeout (§4). */
export const functionUrlConfigSchema = z.strictObject({ traffic, payloadKB: syncPayload });

/** SDK/CLI: standard retry mode, 3 attempts, exponential backoff with full jitter capped at 20 s (§4). */
export const clientConfigSchema = z.strictObject({
  traffic,
  invocationType: z.enum(['sync', 'async']).default('sync'),
  /** The request: at most 6 MB sync, 1 MB async (checked below); async events above 256 KB cost extra requests. */
  payloadKB: syncPayload,
  maxAttempts: z.number().int().min(1).max(10).default(3),
  maxBackoffSeconds: z.number().positive().default(20),
  /** Read timeout of boto3 and the CLI (60 s): a longer sync invoke is retried by the client and runs twice. */
  readTimeoutSeconds: z.number().positive().default(60),
}).superRefine((c, ctx) => {
  if (c.invocationType === 'async' && c.payloadKB > PAYLOAD_KB.async)
    ctx.addIssue({
      code: 'custom',
      path: ['payloadKB'],
      message: `payloadKB ${kb(c.payloadKB)} is above the 1 MB (1,024 KB) limit of an asynchronous invocation (Lambda quotas; 256 KB before October 2025); Lambda answers 413 RequestEntityTooLargeException`,
    });
});

/** §10.1: request charges of one async event of this size: 1, plus 1 per 64 KB (or part) above 256 KB. */
export function asyncRequestUnits(payloadKB: number): number {
  return 1 + Math.max(0, Math.ceil((payloadKB - PAYLOAD_KB.asyncIncluded) / PAYLOAD_KB.asyncChunk));
}

