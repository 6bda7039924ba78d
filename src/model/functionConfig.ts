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

/**
 * §11 (Lambda quotas, gettingstarted-limits.html): environment variables 4 KB in aggregate;
 * a .zip package 50 MB zipped (direct upload) and 250 MB unzipped, layers and custom
 * runtimes included; 5 layers; a container image 10 GB uncompressed, all its layers included.
 */
export const PACKAGE_LIMITS = {
  environmentBytes: 4096,
  packageZippedMB: 50,
  packageUnzippedMB: 250,
  layers: 5,
  imageSizeGB: 10,
} as const;

const n = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
/** A number with an AWS limit: the message gives the value, the limit and why (the quota it comes from). */
const because = (why: (value: string) => string) => ({ error: (iss: { input?: unknown }) => why(n(iss.input)) });

/**
 * Tenant isolation mode (lambda-model.md, December 2026 additions; AWS docs "Tenant isolation"): each invoke
 * carries a tenant id and an execution environment serves one tenant only. AWS sets no number of tenants;
 * the playground draws ids among `tenants` of them and keeps at most TENANTS.max (a simulator limit).
 */
export const TENANTS = { min: 1, max: 1_000_000 } as const;

export const tenantIsolationSchema = z.strictObject({
  /** How many tenants invoke the function; each invocation draws one. */
  tenants: z
    .number()
    .int()
    .min(TENANTS.min)
    .max(TENANTS.max, because((v) => `tenants ${v} is above the 1,000,000 tenants the playground simulates (AWS sets no number)`)),
  /** uniform: every tenant equally likely; zipf: tenant k (from 1) with weight 1 / k^skew, a few busy tenants and a long tail. */
  distribution: z.enum(['uniform', 'zipf']).default('uniform'),
  /** The Zipf exponent (zipf only). */
  skew: z.number().positive().max(10).default(1),
});
export type TenantIsolation = z.infer<typeof tenantIsolationSchema>;

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
  memoryMB: z
    .number()
    .int()
    .min(MEMORY_MB.min, because((v) => `memoryMB ${v} is below the 128 MB a Lambda function must have at least (Lambda quotas: 128–10,240 MB)`))
    .max(MEMORY_MB.max, because((v) => `memoryMB ${v} is above the 10,240 MB (10 GB) limit of a Lambda function (Lambda quotas: 128–10,240 MB)`))
    .default(MEMORY_MB.default),
  architecture: z.enum(['x86_64', 'arm64']).default('x86_64'),
  timeoutSeconds: z
    .number()
    .int()
    .min(TIMEOUT_SECONDS.min)
    .max(TIMEOUT_SECONDS.max, because((v) => `timeoutSeconds ${v} is above the 900 s (15 minute) limit of one invocation (Lambda quotas)`))
    .default(TIMEOUT_SECONDS.default),
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
  /**
   * Tenant isolation mode (null: off). Environments are never shared between tenants, so a request
   * for a tenant with no idle environment is a cold start even when other tenants' environments are
   * idle; each new tenant-isolated environment is charged per GB of memory (§10.1). Set when the
   * function is created: a running function cannot change it.
   */
  tenantIsolation: tenantIsolationSchema.nullable().default(null),
  /**
   * Attached to a VPC (null: not attached). "When you connect a function to a VPC, it can access
   * resources and the internet only through that VPC" (Lambda API, CreateFunction VpcConfig): the
   * internet only through a NAT gateway. Attaching adds no cold-start time here: Lambda sets up the
   * function's (Hyperplane) network interfaces when the function is configured, not per cold start.
   */
  vpc: z.strictObject({ natGateway: z.boolean().default(false) }).nullable().default(null),
  /** The handler calls an endpoint on the internet: in a VPC without a NAT gateway the call never answers and the invocation runs to its timeout. */
  callsInternet: z.boolean().default(false),
  /** null: no reservation, the function shares the unreserved pool. */
  reservedConcurrency: z.number().int().min(0).nullable().default(null),
  provisionedConcurrency: z.number().int().min(0).default(0),
  /** /tmp, 512–10,240 MB; above 512 MB it is billed per GB-second (§10.1). */
  ephemeralStorageMB: z
    .number()
    .int()
    .min(EPHEMERAL_MB.min, because((v) => `ephemeralStorageMB ${v} is below the 512 MB of /tmp every function has (Lambda quotas: 512–10,240 MB)`))
    .max(EPHEMERAL_MB.max, because((v) => `ephemeralStorageMB ${v} is above the 10,240 MB (10 GB) limit of /tmp (Lambda quotas: 512–10,240 MB)`))
    .default(EPHEMERAL_MB.default),
  /**
   * Package and configuration sizes, each checked against its quota (§11); absent: not stated.
   * They change no number of a run: lambda-model.md gives no figure for how package size
   * lengthens INIT (only a third-party measurement at two sizes), so `initDurationMs` stays
   * the way to say a large package starts slowly.
   */
  environmentBytes: z
    .number()
    .int()
    .min(0)
    .max(PACKAGE_LIMITS.environmentBytes, because((v) => `environmentBytes ${v} is above the 4 KB (4,096 bytes) limit of all of a function's environment variables together (Lambda quotas)`))
    .optional(),
  packageZippedMB: z
    .number()
    .positive()
    .max(PACKAGE_LIMITS.packageZippedMB, because((v) => `packageZippedMB ${v} is above the 50 MB limit of a .zip package uploaded directly (Lambda quotas; larger zips go through S3, but the 250 MB unzipped limit still holds)`))
    .optional(),
  packageUnzippedMB: z
    .number()
    .positive()
    .max(PACKAGE_LIMITS.packageUnzippedMB, because((v) => `packageUnzippedMB ${v} is above the 250 MB limit of a function's unzipped code, layers and custom runtime together (Lambda quotas); a container image allows 10 GB`))
    .optional(),
  layers: z
    .number()
    .int()
    .min(0)
    .max(PACKAGE_LIMITS.layers, because((v) => `layers ${v} is above the 5 layers a function may use (Lambda quotas)`))
    .default(0),
  imageSizeGB: z
    .number()
    .positive()
    .max(PACKAGE_LIMITS.imageSizeGB, because((v) => `imageSizeGB ${v} is above the 10 GB limit of a container image, uncompressed, all its layers included (Lambda quotas)`))
    .optional(),
  async: asyncConfigSchema.default({
    maximumRetryAttempts: ASYNC_RETRIES.default,
    maximumEventAgeSeconds: ASYNC_EVENT_AGE_SECONDS.default,
  }),
});

export type FunctionConfig = z.infer<typeof functionConfigSchema>;
