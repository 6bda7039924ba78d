/**
 * One SQS event source mapping's pollers (lambda-model.md §6.1): how many
 * batches it may have in flight (sqsScaling.ts), throttle back-off, and the
 * MaximumBatchingWindowInSeconds (§6: a batch is sent when that wait ends, the
 * batch size is reached, or the payload reaches 6 MB).
 */
import type { MappingConfig, ScenarioEdge } from '../../model';
import type { EngineContext, FunctionPort, Timer } from '../ports';
import { PollerScaler, pollerRules, type PollerRules } from './sqsScaling';

/** How long a poller whose invoke was throttled waits before it receives again. */
const THROTTLE_BACKOFF_MS = 1000;

export class SqsMapping {
  readonly edgeId: string;
  readonly fn: FunctionPort;
  private readonly scaler: PollerScaler;
  inFlightBatches = 0;
  maxInFlightBatches = 0;
  private backingOff = 0;
  private peakThisMinute = 0;
  private windowTimer: Timer | null = null;
  private windowElapsed = false;

  private readonly rules: PollerRules;

  constructor(
    edge: ScenarioEdge,
    private readonly ctx: EngineContext,
    public config: MappingConfig,
    fifo: boolean,
  ) {
    this.edgeId = edge.id;
    this.fn = ctx.fn(edge.target);
    this.rules = pollerRules(ctx.scalingModel, fifo);
    this.scaler = new PollerScaler(this.rules, config.maximumConcurrency);
  }

  get target(): number {
    return this.scaler.target;
  }

  hasRoom(): boolean {
    return this.inFlightBatches + this.backingOff < this.scaler.target;
  }

  /**
   * With MaximumBatchingWindowInSeconds set, a poller holding fewer than
   * `batchSize` messages waits that long; `wake` runs when it has.
   */
  windowAllows(visible: number, wake: () => void): boolean {
    const windowMs = this.config.maximumBatchingWindowSeconds * 1000;
    if (windowMs === 0 || visible >= this.config.batchSize || this.windowElapsed) {
      this.windowElapsed = false;
      this.windowTimer?.cancel();
      this.windowTimer = null;
      return true;
    }
    this.windowTimer ??= this.ctx.kernel.after(windowMs, () => {
      this.windowTimer = null;
      this.windowElapsed = true;
      wake();
    });
    return false;
  }

  started(): void {
    this.inFlightBatches++;
    this.peakThisMinute = Math.max(this.peakThisMinute, this.inFlightBatches);
    this.maxInFlightBatches = Math.max(this.maxInFlightBatches, this.inFlightBatches);
  }

  /**
   * §6.1: a function error makes the mapping back off, except with
   * ReportBatchItemFailures ("Lambda doesn't scale down message polling when
   * function invocations fail").
   */
  finished(functionFailed: boolean): void {
    this.inFlightBatches--;
    if (functionFailed && !this.config.reportBatchItemFailures) this.scaler.backOff();
  }

  /** The poller that was refused backs off for a moment, and the mapping gives up one batch of concurrency. */
  throttled(wake: () => void): void {
    this.scaler.backOff();
    this.backingOff++;
    this.ctx.kernel.after(THROTTLE_BACKOFF_MS, () => {
      this.backingOff--;
      wake();
    });
  }

  onMinute(messagesWaiting: boolean): void {
    this.scaler.onMinute(messagesWaiting, this.peakThisMinute);
    this.peakThisMinute = this.inFlightBatches;
  }

  atFloor(): boolean {
    return this.scaler.target <= this.rules.initialBatches;
  }

  reconfigure(config: MappingConfig): void {
    this.config = config;
    this.scaler.setMaximumConcurrency(config.maximumConcurrency);
  }
}

const MINUTE_MS = 60_000;

export interface PollerClockHost {
  /** Messages wait for a poller now. */
  messagesWaiting(): boolean;
  /** No batch is in flight or hidden. */
  idle(): boolean;
  pump(): void;
  stopped(): void;
}

/**
 * §6.1: once a minute each mapping grows while messages wait, or shrinks when
 * the queue runs dry; the clock stops once the queue is idle and every mapping
 * is back to its starting size, and the queue starts it again with new messages.
 */
export function runPollerClock(ctx: EngineContext, queueId: string, mappings: readonly SqsMapping[], host: PollerClockHost): void {
  const tick = () => {
    const waiting = host.messagesWaiting();
    for (const mapping of mappings) {
      const before = mapping.target;
      mapping.onMinute(waiting);
      if (mapping.target === before) continue;
      ctx.log({
        nodeId: queueId,
        level: 'info',
        category: 'scaling',
        message: waiting
          ? `Messages keep waiting: the mapping to '${mapping.fn.id}' now runs up to ${mapping.target} batches at once (+${ctx.scalingModel === 'legacy' ? 60 : 300} a minute, §6.1)`
          : `The queue ran dry: the mapping to '${mapping.fn.id}' scales back to ${mapping.target} batches`,
      });
    }
    if (!waiting && host.idle() && mappings.every((m) => m.atFloor())) {
      host.stopped();
      return;
    }
    host.pump();
    ctx.kernel.after(MINUTE_MS, tick);
  };
  ctx.kernel.after(MINUTE_MS, tick);
}
