import { z } from './zodConfig';
import { distributionSchema } from './distribution';

/** Runtimes with the default INIT duration of lambda-model.md Part 1 ("init duration"). */
export const RUNTIMES = ['nodejs', 'python', 'java', 'java-snapstart', 'go', 'rust', 'dotnet'] as const;
export type Runtime = (typeof RUNTIMES)[number];

/** lambda-model.md Part 1: Node.js 200 ms, Python 150, Java 500, Java with SnapStart 200, Go or Rust 50, .NET 250. */
export const DEFAULT_INIT_MS_BY_RUNTIME: Readonly<Record<Runtime, number>> = {
  nodejs: 200,
  python: 150,
  java: 500,
  'java-snapstart': 200,
  go: 50,
  rust: 50,
  dotnet: 250,
};

/** §3: 128–10,240 MB in 1 MB steps, default 128. */
export const MEMORY_MB = { min: 128, max: 10_240, default: 128 } as const;
/** §2.5: default 3 s, 1–900 s. */
export const TIMEOUT_SECONDS = { min: 1, max: 900, default: 3 } as const;
/** §3: /tmp 512–10,240 MB, default 512. */
export const EPHEMERAL_MB = { min: 512, max: 10_240, default: 512 } as const;
/** §5: MaximumRetryAttempts 0–2 (default 2); MaximumEventAgeInSeconds 60–21,600 (default 21,600). */
export const ASYNC_RETRIES = { min: 0, max: 2, default: 2 } as const;
export const ASYNC_EVENT_AGE_SECONDS = { min: 60, max: 21_600, default: 21_600 } as const;

export const asyncConfigSchema = z.strictObject({
  maximumRetryAttempts: z.number().int().min(ASYNC_RETRIES.min).max(ASYNC_RETRIES.max).default(ASYNC_RETRIES.default),
  maximumEventAgeSeconds: z
    .number()
    .int()
    .min(ASYNC_EVENT_AGE_SECONDS.min)
    .max(ASYNC_EVENT_AGE_SECONDS.max)
    .default(ASYNC_EVENT_AGE_SECONDS.default),
});

export const functionConfigSchema = z.strictObject({
  memoryMB: z.number().int().min(MEMORY_MB.min).max(MEMORY_MB.max).default(MEMORY_MB.default),
  architecture: z.enum(['x86_64', 'arm64']).default('x86_64'),
  timeoutSeconds: z.number().int().min(TIMEOUT_SECONDS.min).max(TIMEOUT_SECONDS.max).default(TIMEOUT_SECONDS.default),
  /** What the handler takes at the configured memory (AWS documents no default; ours is an assumption). */
  durationMs: distributionSchema.default({ distribution: 'exponential', mean: 100 }),
  /** null: the runtime's default INIT duration (DEFAULT_INIT_MS_BY_RUNTIME). */
  initDurationMs: distributionSchema.nullable().default(null),
  runtime: z.enum(RUNTIMES).default('nodejs'),
  /** Share of `durationMs` that scales with CPU share (memory / 1,769 MB of a vCPU; a single-threaded handler gains nothing above one vCPU), for memory changes. */
  cpuBoundFraction: z.number().min(0).max(1).default(0),
  /**
   * The memory at which `durationMs` was measured (absent: the configured `memoryMB`). With
   * `cpuBoundFraction`, the engine knows the duration at every memory size, as a memory sweep needs.
   */
  referenceMemoryMB: z.number().int().min(MEMORY_MB.min).max(MEMORY_MB.max).optional(),
  /**
   * Probability that the handler fails on one record: for a single request or
   * event, that the invocation returns a function error; for a batch, each record
   * fails on its own, and the batch fails when any record does (unless the
   * mapping reports batch item failures).
   */
  errorRate: z.number().min(0).max(1).default(0),
  /**
   * Probability that an invocation crashes the runtime (Runtime.ExitError), as
   * opposed to a handled error: the invocation fails as a whole, and the
   * environment is reset, so the next invoke on it runs INIT again (§2.1).
   */
  crashRate: z.number().min(0).max(1).default(0),
  /**
   * Memory one invocation uses, in MB (null: never more than the configured memory).
   * A draw above `memoryMB` ends the invocation as Runtime.OutOfMemory and resets
   * the environment, as a crash does (§2.1 "memory exhaustion").
   */
  memoryUsedMB: distributionSchema.nullable().default(null),
  /** null: no reservation, the function shares the unreserved pool. */
  reservedConcurrency: z.number().int().min(0).nullable().default(null),
  provisionedConcurrency: z.number().int().min(0).default(0),
  ephemeralStorageMB: z.number().int().min(EPHEMERAL_MB.min).max(EPHEMERAL_MB.max).default(EPHEMERAL_MB.default),
  async: asyncConfigSchema.default({
    maximumRetryAttempts: ASYNC_RETRIES.default,
    maximumEventAgeSeconds: ASYNC_EVENT_AGE_SECONDS.default,
  }),
});

export type FunctionConfig = z.infer<typeof functionConfigSchema>;
