/**
 * Every per-tick series the engine emits, keyed `${nodeId}/${name}` in a
 * TickBatch (`account/${name}` for the account). CloudWatch names where one
 * exists (lambda-model.md §12); the rest say what they count. The UI reads
 * this list for chart pickers and units. Source nodes (src/engine/sources)
 * add their own names in SOURCE_METRICS there.
 */
import type { Aggregation } from './ports';

export interface MetricInfo {
  name: string;
  aggregation: Aggregation;
  unit: 'count' | 'ms' | 'USD' | 'environments' | 'events' | 'requests';
  description: string;
}

const m = (name: string, aggregation: Aggregation, unit: MetricInfo['unit'], description: string): MetricInfo => ({
  name,
  aggregation,
  unit,
  description,
});

/** Per function node. */
export const FUNCTION_METRICS = [
  m('Invocations', 'sum', 'count', 'Invocations started (billed requests; throttles excluded)'),
  m('Errors', 'sum', 'count', 'Invocations that ended in a function error or a timeout'),
  m('Timeouts', 'sum', 'count', 'Invocations stopped at the function timeout (also counted in Errors)'),
  m('Throttles', 'sum', 'count', 'Invocation requests refused with 429 (concurrency, scaling rate, requests per second)'),
  m('ColdStarts', 'sum', 'count', 'Invocations that waited for a new environment to initialise'),
  m('InitDuration', 'max', 'ms', 'Longest Init Duration (as REPORT shows it) of the cold starts that began in the tick'),
  m('ConcurrentExecutions', 'max', 'environments', 'Environments processing a request (peak in the tick)'),
  m('ConcurrentExecutionsMean', 'last', 'environments', 'Environments processing a request (time-average in the tick)'),
  m('Environments', 'max', 'environments', 'Live environments, busy, initialising or idle (peak in the tick)'),
  m('IdleEnvironments', 'last', 'environments', 'Warm idle environments at the end of the tick'),
  m('ProvisionedConcurrentExecutions', 'max', 'environments', 'Provisioned environments processing a request'),
  m('ProvisionedConcurrency', 'last', 'environments', 'Provisioned concurrency allocated and ready'),
  m('ProvisionedConcurrencyUtilization', 'max', 'count', 'Busy provisioned environments divided by those allocated (peak in the tick, 0 to 1)'),
  m('ProvisionedConcurrencyInvocations', 'sum', 'count', 'Invocations served on provisioned concurrency'),
  m('ProvisionedConcurrencySpilloverInvocations', 'sum', 'count', 'Invocations that spilled over to on-demand concurrency'),
  m('DurationP50', 'last', 'ms', 'Median Duration of invocations that ended in the tick'),
  m('DurationP95', 'last', 'ms', '95th percentile Duration of invocations that ended in the tick'),
  m('DurationP99', 'last', 'ms', '99th percentile Duration of invocations that ended in the tick'),
  m('DurationMax', 'last', 'ms', 'Longest Duration of invocations that ended in the tick'),
  m('AsyncEventsReceived', 'sum', 'events', 'Events queued for asynchronous invocation'),
  m('AsyncEventAge', 'max', 'ms', 'Longest wait between queueing and invoking, among events invoked in the tick'),
  m('AsyncEventsDropped', 'sum', 'events', 'Events that gave up (sent to the DLQ or on-failure destination first when configured)'),
  m('AsyncQueueDepth', 'last', 'events', 'Events waiting in the internal async queue (ready or waiting to retry)'),
  m('DeadLetterErrors', 'sum', 'events', 'Events that could not be handed to the dead-letter queue (always 0 here: deliveries never fail)'),
  m('DestinationDeliveries', 'sum', 'events', 'Records sent to on-success or on-failure destinations and events sent to the DLQ'),
  m('RecursiveInvocationsDropped', 'sum', 'count', 'Invocations stopped by recursive loop detection (the 17th in a chain)'),
  m('CostUSD', 'sum', 'USD', 'What the tick cost: requests, duration, provisioned concurrency, ephemeral storage (no free tier)'),
] as const;

/** Per synchronous caller node (alb, apiGateway, functionUrl, client). */
export const CALLER_METRICS = [
  m('Requests', 'sum', 'requests', 'Requests that arrived at the caller'),
  m('Status200', 'sum', 'requests', 'Answered with a response from the function'),
  m('Status202', 'sum', 'requests', 'Accepted for asynchronous invocation (client with invocationType async)'),
  m('Status429', 'sum', 'requests', 'Throttled (by Lambda, or by API Gateway throttling)'),
  m('Status500', 'sum', 'requests', 'API Gateway: Lambda refused the invocation'),
  m('Status502', 'sum', 'requests', 'The function returned an error or timed out'),
  m('Status504', 'sum', 'requests', 'API Gateway integration timeout (the function runs on and is billed)'),
  m('ClientRetries', 'sum', 'requests', 'SDK client attempts after the first (throttles and read timeouts)'),
  m('Latency', 'max', 'ms', 'Longest response time in the tick'),
] as const;

/** Account-wide, under the node id `account`. */
export const ACCOUNT_METRICS = [
  m('ConcurrentExecutions', 'max', 'environments', 'Busy environments across all functions (peak in the tick)'),
  m('UnreservedConcurrentExecutions', 'max', 'environments', 'Concurrency used by functions without reserved concurrency'),
  m('ClaimedAccountConcurrency', 'max', 'environments', 'Unreserved use plus all reserved and provisioned concurrency'),
  m('Throttles', 'sum', 'count', 'Throttled invocation requests across all functions'),
  m('CostUSD', 'sum', 'USD', 'What the tick cost across all functions (no free tier)'),
] as const;

export type FunctionMetricName = (typeof FUNCTION_METRICS)[number]['name'];
export type CallerMetricName = (typeof CALLER_METRICS)[number]['name'];
export type AccountMetricName = (typeof ACCOUNT_METRICS)[number]['name'];

export const ACCOUNT_NODE_ID = 'account';
