import type { RefusalReason } from '../ports';

interface Described {
  readonly id: string;
  readonly config: { reservedConcurrency: number | null };
}

/** Plain words for each refusal (§1.5 ThrottleReason, §1.4 scaling, §9 recursion), as the event log shows them. */
export function refusalMessage(reason: RefusalReason, fn: Described): string {
  const reserved = fn.config.reservedConcurrency;
  switch (reason) {
    case 'ReservedFunctionConcurrentInvocationLimitExceeded':
      return reserved === 0
        ? `reserved concurrency of '${fn.id}' is 0: every invocation is throttled`
        : `reserved concurrency ${reserved} of '${fn.id}' is in use`;
    case 'ConcurrentInvocationLimitExceeded':
      return `the account's unreserved concurrency is in use (functions without reservation share it)`;
    case 'FunctionInvocationRateLimitExceeded':
      return `the account's synchronous requests per second (10 × account concurrency) are used up this second`;
    case 'ScalingRateExceeded':
      return `'${fn.id}' cannot add environments faster: the scaling rate allows 1,000 new environments per 10 s per function (legacy: the account burst, then +500 per minute)`;
    case 'RecursiveInvocationLoopDetected':
      return `this invocation would be the 17th in one chain of events; Lambda stops recursive loops after 16`;
  }
}
