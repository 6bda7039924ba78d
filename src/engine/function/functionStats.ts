import type { FunctionSummary } from '../api';
import type { Metrics } from '../kernel/metrics';
import { TimeWeighted } from '../kernel/timeWeighted';
import type { MetricHandle } from '../ports';
import { bucketOf, DurationHistogram } from './durationHistogram';

/** Running totals and per-tick series of one function (CloudWatch names, §12). */
export class FunctionStats {
  invocations = 0;
  coldStarts = 0;
  throttles = 0;
  errors = 0;
  timeouts = 0;
  /** Invocations that crashed the runtime (Runtime.ExitError), and that ran out of memory (Runtime.OutOfMemory); both are errors. */
  crashes = 0;
  outOfMemory = 0;
  provisionedInvocations = 0;
  spilloverInvocations = 0;
  recursiveDropped = 0;
  readonly concurrency = new TimeWeighted();
  readonly environments = new TimeWeighted();
  readonly provisionedReady = new TimeWeighted();
  readonly durations = new DurationHistogram();
  readonly tickDurations = new DurationHistogram();

  readonly m: Record<
    | 'invocations'
    | 'errors'
    | 'timeouts'
    | 'throttles'
    | 'coldStarts'
    | 'concurrency'
    | 'concurrencyMean'
    | 'environments'
    | 'idle'
    | 'pcBusy'
    | 'pcReady'
    | 'pcUtilization'
    | 'pcInvocations'
    | 'spillover'
    | 'p50'
    | 'p95'
    | 'p99'
    | 'max'
    | 'initDuration'
    | 'asyncReceived'
    | 'asyncAge'
    | 'asyncDropped'
    | 'asyncDepth'
    | 'deadLetterErrors'
    | 'destinations'
    | 'recursion'
    | 'cost',
    MetricHandle
  >;

  constructor(metrics: Metrics, id: string) {
    const s = (name: string, agg: 'sum' | 'max' | 'last' | 'mean') => metrics.series(id, name, agg);
    this.m = {
      invocations: s('Invocations', 'sum'),
      errors: s('Errors', 'sum'),
      timeouts: s('Timeouts', 'sum'),
      throttles: s('Throttles', 'sum'),
      coldStarts: s('ColdStarts', 'sum'),
      initDuration: s('InitDuration', 'max'),
      concurrency: s('ConcurrentExecutions', 'max'),
      concurrencyMean: s('ConcurrentExecutionsMean', 'last'),
      environments: s('Environments', 'max'),
      idle: s('IdleEnvironments', 'last'),
      pcBusy: s('ProvisionedConcurrentExecutions', 'max'),
      pcReady: s('ProvisionedConcurrency', 'last'),
      pcUtilization: s('ProvisionedConcurrencyUtilization', 'max'),
      pcInvocations: s('ProvisionedConcurrencyInvocations', 'sum'),
      spillover: s('ProvisionedConcurrencySpilloverInvocations', 'sum'),
      p50: s('DurationP50', 'last'),
      p95: s('DurationP95', 'last'),
      p99: s('DurationP99', 'last'),
      max: s('DurationMax', 'last'),
      asyncReceived: s('AsyncEventsReceived', 'sum'),
      asyncAge: s('AsyncEventAge', 'max'),
      asyncDropped: s('AsyncEventsDropped', 'sum'),
      asyncDepth: s('AsyncQueueDepth', 'last'),
      deadLetterErrors: s('DeadLetterErrors', 'sum'),
      destinations: s('DestinationDeliveries', 'sum'),
      recursion: s('RecursiveInvocationsDropped', 'sum'),
      cost: s('CostUSD', 'sum'),
    };
    metrics.onBeforeClose(() => {
      const h = this.tickDurations;
      // An idle tick's percentiles are 0: nothing to compute (setting an unchanged level costs nothing).
      if (h.count === 0) {
        this.m.p50.set(0);
        this.m.p95.set(0);
        this.m.p99.set(0);
        this.m.max.set(0);
        return;
      }
      const p = h.percentiles();
      this.m.p50.set(p.p50);
      this.m.p95.set(p.p95);
      this.m.p99.set(p.p99);
      this.m.max.set(h.maxMs);
      h.reset();
    });
  }

  /** An invocation started: Invocations, cold starts, Errors and timeouts (dated at the start, as CloudWatch dates them), PC use. */
  countStart(
    coldStart: boolean,
    status: 'success' | 'error' | 'timeout',
    onProvisioned: boolean,
    spilledOver: boolean,
    initReportedMs: number,
  ): void {
    const m = this.m;
    this.invocations++;
    m.invocations.add(1);
    if (coldStart) {
      this.coldStarts++;
      m.coldStarts.add(1);
      // REPORT's Init Duration (§2.1); a suppressed init inside the invoke reports none.
      // A sample, not a level: back to 0 at once, so the tick's peak is this tick's longest INIT.
      if (initReportedMs > 0) {
        m.initDuration.set(initReportedMs);
        m.initDuration.set(0);
      }
    }
    if (status !== 'success') {
      this.errors++;
      m.errors.add(1);
    }
    if (status === 'timeout') {
      this.timeouts++;
      m.timeouts.add(1);
    }
    if (onProvisioned) {
      this.provisionedInvocations++;
      m.pcInvocations.add(1);
    } else if (spilledOver) {
      this.spilloverInvocations++;
      m.spillover.add(1);
    }
  }

  recordDuration(durationMs: number): void {
    const bucket = bucketOf(durationMs);
    this.durations.addAt(bucket, durationMs);
    this.tickDurations.addAt(bucket, durationMs);
  }

  durationPercentiles(): FunctionSummary['durationMs'] {
    return this.durations.percentiles();
  }
}
