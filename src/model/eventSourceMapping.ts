import type { EdgeConfig } from './edges';

export type PolledKind = 'sqs' | 'kinesis' | 'dynamodbStream';

/** Event source mapping settings with every default filled in (§6, Part 1). */
export interface MappingConfig {
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  maximumConcurrency: number | null;
  parallelizationFactor: number;
  bisectBatchOnFunctionError: boolean;
  maximumRetryAttempts: number;
  maximumRecordAgeSeconds: number;
  reportBatchItemFailures: boolean;
  startingPosition: 'LATEST' | 'TRIM_HORIZON';
}

/** §6: "default 10 for SQS, 100 for others"; window 0 s for SQS and streams; streams retry forever (−1). */
export function resolveMappingConfig(kind: PolledKind, config: EdgeConfig): MappingConfig {
  return {
    batchSize: config.batchSize ?? (kind === 'sqs' ? 10 : 100),
    maximumBatchingWindowSeconds: config.maximumBatchingWindowSeconds ?? 0,
    maximumConcurrency: config.maximumConcurrency ?? null,
    parallelizationFactor: config.parallelizationFactor ?? 1,
    bisectBatchOnFunctionError: config.bisectBatchOnFunctionError ?? false,
    maximumRetryAttempts: config.maximumRetryAttempts ?? -1,
    maximumRecordAgeSeconds: config.maximumRecordAgeSeconds ?? -1,
    reportBatchItemFailures: config.reportBatchItemFailures ?? false,
    startingPosition: config.startingPosition ?? 'LATEST',
  };
}

/** Default for `writes` edges: one message, object or event per successful invocation. */
export const resolvePerInvocation = (config: EdgeConfig): number => config.perInvocation ?? 1;
