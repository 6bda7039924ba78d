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

/** ALB: synchronous, no retries, function error gives 502; request and response bodies at most 1 MB (§4). */
export const albConfigSchema = z.strictObject({
  traffic,
  payloadKB: z.number().positive().max(1024, 'An ALB passes at most 1 MB (1,024 KB) of request body to Lambda').default(1),
  responseSizeKB: z.number().positive().max(1024, 'A Lambda response to an ALB must be at most 1 MB (1,024 KB)').default(1),
});

/** API Gateway REST: 29 s integration timeout (504); 10,000 rps account bucket with 5,000 burst (429) (§4). */
export const apiGatewayConfigSchema = z.strictObject({
  traffic,
  integrationTimeoutSeconds: z.number().positive().max(300).default(29),
  throttleRatePerSecond: z.number().positive().default(10_000),
  throttleBurst: z.number().int().positive().default(5_000),
});

/** Function URL: synchronous up to the function timeout (§4). */
export const functionUrlConfigSchema = z.strictObject({ traffic });

/** SDK/CLI: standard retry mode, 3 attempts, exponential backoff with full jitter capped at 20 s (§4). */
export const clientConfigSchema = z.strictObject({
  traffic,
  invocationType: z.enum(['sync', 'async']).default('sync'),
  maxAttempts: z.number().int().min(1).max(10).default(3),
  maxBackoffSeconds: z.number().positive().default(20),
  /** Read timeout of boto3 and the CLI (60 s): a longer sync invoke is retried by the client and runs twice. */
  readTimeoutSeconds: z.number().positive().default(60),
});

