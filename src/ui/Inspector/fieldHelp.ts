/**
 * One line of explanation and a documentation page for each setting, keyed by its name:
 * the AWS page for AWS's own settings, our docs/simulator-settings.md (shipped with the
 * site as docs/simulator-settings.html) for the simulator's (the run, the traffic, what
 * your code does), which AWS has no default for.
 */
export interface FieldHelp {
  label: string;
  help: string;
  docs: string;
  /** Unit shown after the input. */
  unit?: string;
  /** Whose setting it is: AWS's (its default is AWS's) or the simulator's. */
  owner: 'aws' | 'simulator';
}

const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg/';
const SQS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/';
const QUOTAS = `${LAMBDA}gettingstarted-limits.html`;

const h = (label: string, help: string, docs: string, unit?: string): FieldHelp => ({ label, help, docs, unit, owner: 'aws' });

/** The page that explains the simulator's own settings, relative to the app (the build writes it beside index.html). */
export const SIMULATOR_DOCS = 'docs/simulator-settings.html';

/** A simulator setting: `section` is the heading of docs/simulator-settings.md that explains it. */
const sim = (label: string, help: string, section: string, unit?: string): FieldHelp => ({
  label,
  help,
  docs: `${SIMULATOR_DOCS}#${section}`,
  unit,
  owner: 'simulator',
});

export const FIELD_HELP: Readonly<Record<string, FieldHelp>> = {
  // Function
  memoryMB: h('Memory', '128–10,240 MB. Memory also sets CPU: one full vCPU at 1,769 MB. Billed per GB-second.', `${LAMBDA}configuration-memory.html`, 'MB'),
  architecture: h('Architecture', 'arm64 (Graviton) costs about 20% less per GB-second than x86_64.', `${LAMBDA}foundation-arch.html`),
  timeoutSeconds: h('Timeout', 'At most 900 s. An invocation still running at the timeout is stopped, counts as an error and resets its environment.', `${LAMBDA}configuration-timeout.html`, 's'),
  durationMs: sim('Handler duration', 'How long the handler runs per invocation at this memory (AWS has no default: an assumption of yours).', 'handler-duration', 'ms'),
  initDurationMs: h('Init duration', 'Cold start INIT phase; empty takes the runtime default. INIT is billed.', `${LAMBDA}lambda-runtime-environment.html`, 'ms'),
  runtime: h('Runtime', 'Sets the default INIT duration of a cold start.', `${LAMBDA}lambda-runtimes.html`),
  cpuBoundFraction: sim('CPU-bound share', 'Share of the duration that shrinks when memory (and so CPU) grows.', 'cpu-bound-share'),
  referenceMemoryMB: sim('Reference memory', 'The memory the duration was measured at; other sizes scale its CPU-bound share (empty: the memory set above).', 'reference-memory'),
  errorRate: sim('Error rate', 'Probability that one request or record fails with a function error.', 'error-rate'),
  crashRate: sim('Crash rate', 'Probability that an invocation crashes the runtime: an error that resets the environment, so the next request there pays INIT again.', 'crash-rate'),
  memoryUsedMB: sim('Memory used', 'Memory one invocation uses; above the memory setting it is killed (Runtime.OutOfMemory) and its environment reset (empty: always fits).', 'memory-used', 'MB'),
  tenantIsolation: h(
    'Tenant isolation',
    'Each invoke carries a tenant id and an environment serves one tenant only: a tenant with no idle environment of its own pays a cold start. $0.000167 per new environment per GB. Set at creation; no provisioned concurrency, SnapStart or Function URL.',
    `${LAMBDA}tenant-isolation.html`,
  ),
  'tenantIsolation.tenants': sim('Tenants', 'How many tenants invoke the function; each request draws one.', 'tenants'),
  'tenantIsolation.distribution': sim('Tenant mix', 'uniform: every tenant as likely; zipf: a few busy tenants and a long tail.', 'tenants'),
  'tenantIsolation.skew': sim('Zipf skew', 'zipf only: tenant k gets weight 1 / k^skew (higher: fewer tenants take most requests).', 'tenants'),
  vpc: h('VPC', 'Attached to a VPC: the function reaches the internet only through a NAT gateway. Lambda creates its network interfaces when the function is configured, not at each cold start.', `${LAMBDA}configuration-vpc.html`),
  'vpc.natGateway': h('NAT gateway', 'A route to the internet through a NAT gateway; without one, internet calls time out.', `${LAMBDA}configuration-vpc-internet.html`),
  callsInternet: sim('Calls the internet', 'The handler calls an internet endpoint; in a VPC without a NAT gateway every invocation runs to its timeout.', 'calls-the-internet'),
  reservedConcurrency: h(
    'Reserved concurrency',
    'Guarantees and caps this function’s concurrency; empty shares the unreserved pool. 0 stops all invocations.',
    `${LAMBDA}configuration-concurrency.html`,
  ),
  provisionedConcurrency: h('Provisioned concurrency', 'Environments kept initialized: no cold start up to this number, billed while allocated.', `${LAMBDA}provisioned-concurrency.html`),
  ephemeralStorageMB: h('Ephemeral storage', '/tmp size, 512–10,240 MB; above 512 MB it is billed per GB-second.', `${LAMBDA}configuration-ephemeral-storage.html`, 'MB'),
  environmentBytes: h('Environment variables', 'Size of all environment variables together: at most 4 KB (Lambda quotas).', QUOTAS, 'bytes'),
  packageZippedMB: h('Package (zipped)', 'A .zip uploaded directly: at most 50 MB (larger through S3). Lengthen INIT yourself if it starts slowly.', `${LAMBDA}configuration-function-zip.html`, 'MB'),
  packageUnzippedMB: h('Package (unzipped)', 'Code, layers and custom runtime unzipped: at most 250 MB (Lambda quotas).', QUOTAS, 'MB'),
  layers: h('Layers', 'At most 5 layers per function; their unzipped size counts toward the 250 MB.', `${LAMBDA}chapter-layers.html`),
  imageSizeGB: h('Container image size', 'A container image: at most 10 GB uncompressed, all its layers included.', `${LAMBDA}images-create.html`, 'GB'),
  'async.maximumRetryAttempts': h('Async retries', 'Retries after a function error for asynchronous invocations.', `${LAMBDA}invocation-async-error-handling.html`),
  'async.maximumEventAgeSeconds': h('Maximum event age', 'An async event older than this is dropped (or sent to its on-failure destination).', `${LAMBDA}invocation-async-error-handling.html`, 's'),
  async: h('Asynchronous invocation', 'How Lambda retries and ages events it queued for this function.', `${LAMBDA}invocation-async.html`),
  // Traffic
  traffic: sim('Traffic', 'What arrives at this source: a base rate, then steps, a ramp, a daily cycle and bursts on top.', 'traffic'),
  'traffic.pattern': sim('Arrival pattern', 'constant spaces arrivals evenly; poisson draws random gaps, as real traffic does.', 'arrival-pattern'),
  'traffic.ratePerSecond': sim('Rate', 'Requests, events or messages per second.', 'rate', '/s'),
  'traffic.steps': sim('Steps', 'At each row’s time the rate becomes the row’s rate; the last row at or before a time wins.', 'steps'),
  'traffic.steps.atSeconds': sim('Time', 'Run time at which the step takes effect.', 'steps', 's'),
  'traffic.steps.ratePerSecond': sim('Rate', 'The rate from that time on.', 'steps', '/s'),
  'traffic.ramp': sim('Ramp', 'Moves the rate in a straight line from the rate in force at its start to a target at its end; later steps no longer apply.', 'ramp'),
  'traffic.ramp.startSeconds': sim('Ramp start', 'Run time at which the rate starts to move.', 'ramp', 's'),
  'traffic.ramp.endSeconds': sim('Ramp end', 'Run time at which the rate reaches the target; it stays there after.', 'ramp', 's'),
  'traffic.ramp.toRatePerSecond': sim('Ramp to', 'The rate at the end of the ramp.', 'ramp', '/s'),
  'traffic.dailyCycle': sim('Daily cycle', 'Multiplies the rate by a 24-hour wave; run time 0 is midnight UTC.', 'daily-cycle'),
  'traffic.dailyCycle.amplitude': sim('Amplitude', '0 keeps the rate flat; 1 swings it between 0 and twice the base.', 'daily-cycle'),
  'traffic.dailyCycle.peakHourUTC': sim('Peak hour', 'Hour of the day the wave peaks; it is lowest 12 hours later.', 'daily-cycle', 'h UTC'),
  'traffic.bursts': sim('Bursts', 'Extra arrivals on top of the rate, at once or spread over a few seconds: a test of scaling limits.', 'bursts'),
  'traffic.bursts.atSeconds': sim('Time', 'Run time of the burst.', 'bursts', 's'),
  'traffic.bursts.count': sim('Count', 'Arrivals in the burst.', 'bursts'),
  'traffic.bursts.spreadSeconds': sim('Spread', '0 sends the whole burst at one instant; otherwise evenly over this many seconds.', 'bursts', 's'),
  // Callers
  payloadKB: h('Request size', 'At most 6 MB synchronous (else 413), 1 MB asynchronous, 1 MB through an ALB; an async event above 256 KB costs 1 more request per 64 KB.', QUOTAS, 'KB'),
  responseSizeKB: h('Response size', 'A response to an ALB above 1 MB fails with 502.', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html', 'KB'),
  integrationTimeoutSeconds: h('Integration timeout', 'API Gateway answers 504 when the function takes longer (29 s by default).', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html', 's'),
  throttleRatePerSecond: h('Throttle rate', 'API Gateway token bucket rate; above it callers get 429 before Lambda is called.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html', '/s'),
  throttleBurst: h('Throttle burst', 'Token bucket size of the API Gateway throttle.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'),
  invocationType: h('Invocation type', 'sync (RequestResponse) waits for the result; async (Event) queues it.', `${LAMBDA}lambda-invocation.html`),
  maxAttempts: h('Max attempts', 'SDK standard retry mode: total attempts, first one included.', 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html'),
  maxBackoffSeconds: h('Max backoff', 'Cap of the SDK’s exponential backoff with jitter.', 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html', 's'),
  readTimeoutSeconds: h('Read timeout', 'The SDK gives up waiting and retries: a slow sync invoke may run twice.', `${LAMBDA}invocation-retries.html`, 's'),
  // Sources
  deliveryDelayMs: h('Delivery delay', 'Time from object write to the event reaching Lambda’s async queue.', `${LAMBDA}with-s3.html`, 'ms'),
  filterMatchRatio: sim('Filter match ratio', 'Share of object writes that match the notification’s prefix and suffix.', 'filter-match-ratio'),
  prefix: h('Key prefix', 'Notification filter (for documentation; the match ratio decides the share).', `${LAMBDA}with-s3.html`),
  suffix: h('Key suffix', 'Notification filter (for documentation; the match ratio decides the share).', `${LAMBDA}with-s3.html`),
  expression: h('Schedule', 'rate(5 minutes) or a six-field cron(0 12 * * ? *), in UTC.', 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html'),
  fifo: h('FIFO queue', 'Messages of one group are processed in order, one batch at a time.', `${SQS}FIFO-queues.html`),
  messageGroups: h('Message groups', 'FIFO only: distinct message group ids; each is processed in order.', `${LAMBDA}services-sqs-scaling.html`),
  visibilityTimeoutSeconds: h('Visibility timeout', 'A received message is hidden this long; set it to at least 6× the function timeout.', `${SQS}sqs-visibility-timeout.html`, 's'),
  maxReceiveCount: h('Max receive count', 'After this many receives a message moves to the redrive (dead-letter) queue; empty: never.', `${SQS}sqs-dead-letter-queues.html`),
  initialBacklog: sim('Initial backlog', 'Messages already waiting when the run starts.', 'initial-backlog'),
  shards: h('Shards', 'One batch per shard at a time (times the parallelization factor).', `${LAMBDA}with-kinesis.html`),
  retentionHours: h('Retention', 'Records older than this expire unread.', `${LAMBDA}with-kinesis.html`, 'h'),
  writesMatchFilter: h('Writes match filter', 'Objects functions write here match the notification too: a function writing to its own bucket loops.', `${LAMBDA}invocation-recursion.html`),
  startAtUTC: h('Starts at (UTC)', 'The UTC instant run time 0 stands for; schedules fire by the UTC clock.', 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html'),
  messageRetentionSeconds: h('Message retention', 'SQS deletes a message this long after it was sent, processed or not (4 days by default).', `${SQS}quotas-messages.html`, 's'),
  initialRecords: sim('Initial records', 'Records already in the stream at the start: TRIM_HORIZON reads them, LATEST skips them.', 'initial-records'),
  poisonRecords: sim('Poison records', 'Records every invocation fails on: they block a shard, or return to the queue until redrive.', 'poison-records'),
  'poisonRecords.atSeconds': sim('Time', 'Run time at which the poison records are written.', 'poison-records', 's'),
  'poisonRecords.shard': sim('Shard', 'Streams: the shard the records land in (0 is the first); queues ignore it.', 'poison-records'),
  'poisonRecords.count': sim('Count', 'Poison records written at that time.', 'poison-records'),
  // Event source mappings and writes (edges)
  batchSize: h('Batch size', 'Most records per invocation: default 10 for SQS, 100 for streams.', `${LAMBDA}invocation-eventsourcemapping.html`),
  maximumBatchingWindowSeconds: h('Batching window', 'How long the mapping gathers records before invoking (0–300 s).', `${LAMBDA}invocation-eventsourcemapping.html`, 's'),
  maximumConcurrency: h('Maximum concurrency', 'SQS only: caps this mapping’s concurrent invokes (2–1,000) without throttles.', `${LAMBDA}services-sqs-scaling.html`),
  parallelizationFactor: h('Parallelization factor', 'Streams only: concurrent batches per shard (1–10).', `${LAMBDA}services-kinesis-parameters.html`),
  bisectBatchOnFunctionError: h('Bisect on error', 'Streams: split a failing batch in two to isolate the bad record.', `${LAMBDA}services-kinesis-errors.html`),
  maximumRetryAttempts: h('Retry attempts', 'Streams: −1 retries until the record expires.', `${LAMBDA}services-kinesis-errors.html`),
  maximumRecordAgeSeconds: h('Maximum record age', 'Streams: −1 for no limit, else 60–604,800 s.', `${LAMBDA}services-kinesis-errors.html`, 's'),
  reportBatchItemFailures: h('Report batch item failures', 'Only the failed records are retried, not the whole batch.', `${LAMBDA}services-sqs-errorhandling.html`),
  startingPosition: h('Starting position', 'Streams: read from the newest record (LATEST) or the oldest (TRIM_HORIZON).', `${LAMBDA}with-kinesis.html`),
  perInvocation: sim('Per invocation', 'Messages, objects or events each successful invocation writes to the target.', 'writes-per-invocation'),
  // Account
  concurrencyLimit: h('Account concurrency', 'Concurrent executions of all functions in the Region (default 1,000).', `${LAMBDA}lambda-concurrency.html`),
  scalingModel: h('Scaling model', 'current: +1,000 environments per function every 10 s; legacy: burst then +500/min.', `${LAMBDA}scaling-behavior.html`),
  legacyBurstConcurrency: h('Legacy burst', 'Legacy model only: the account-wide burst of the Region.', `${LAMBDA}scaling-behavior.html`),
  idleKeepAliveSeconds: h('Idle keep-alive', 'How long an idle environment stays warm (AWS documents none; measured about 10 min).', `${LAMBDA}lambda-runtime-environment.html`, 's'),
  routing: h('Routing', 'Which idle environment takes a request (AWS documents none).', `${LAMBDA}lambda-runtime-environment.html`),
  maxEnvironmentLifetimeSeconds: h('Environment lifetime', 'Environments are recycled after this long; empty turns recycling off.', `${LAMBDA}lambda-runtime-environment.html`, 's'),
  requestsPerSecondLimitEnabled: h('Request rate limit', 'Synchronous requests per second capped at 10× account concurrency.', `${LAMBDA}lambda-concurrency.html`),
  initBilled: h('INIT billed', 'Since 1 August 2025 the INIT phase is billed for every configuration.', 'https://aws.amazon.com/lambda/pricing/'),
  seed: sim('Seed', 'The same seed gives the same run, to the last digit.', 'seed'),
  durationSeconds: sim('Run length', 'Simulated seconds the run lasts.', 'run-length', 's'),
  name: sim('Name', 'The scenario’s name, shown in the menu and in shared links.', 'name'),
};

export function helpFor(path: string): FieldHelp {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return FIELD_HELP[path] ?? FIELD_HELP[last] ?? { label: last, help: '', docs: `${LAMBDA}welcome.html`, owner: 'aws' };
}
