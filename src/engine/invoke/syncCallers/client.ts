import type { PatchResult } from '../../api';
import { asyncRequestUnits, type ConfigOfKind } from '../../../model';
import { INIT_LIMIT_MS } from '../../function/invocationTiming';
import type { EngineContext, FunctionPort, InvokeOutcome } from '../../ports';
import { DeadlineCalls } from './deadlineCalls';
import { SyncCaller } from './syncCaller';

/** AWS SDK standard retry mode: backoff base 1 s, doubled per retry, capped at maxBackoffSeconds (sdkref "Retry behavior"). */
export const SDK_BACKOFF_BASE_MS = 1000;

/**
 * An SDK or CLI client (§4). `async`: Invoke with InvocationType Event, always
 * accepted (202) into the function's queue. `sync`: up to `maxAttempts`
 * attempts; the SDK retries throttles (429) and its own read timeout (a sync
 * invoke longer than 60 s is retried while the first run goes on, so the
 * function runs twice) — but not function errors, which Lambda returns with
 * status 200 and X-Amz-Function-Error. Backoff before retry i (1, 2, ...) is
 * full jitter: random × min(maxBackoff, base × 2^(i−1)).
 */
export class ClientCaller extends SyncCaller {
  private config: ConfigOfKind<'client'>;
  private readonly request = { sourceId: '', batchSize: 1, chainDepth: 0 };
  private readonly asyncEvent = { sourceId: '', chainDepth: 0, requestUnits: 1 };
  private readonly onDoneSimple = (o: InvokeOutcome) => this.finish(o, o.startedMs);
  /** Requests that can outlive the read timeout race it. */
  private readonly timed: DeadlineCalls;
  retries = 0;
  functionErrors = 0;
  readTimeouts = 0;

  constructor(id: string, config: ConfigOfKind<'client'>, ctx: EngineContext) {
    super(id, 'client', ctx, config.traffic);
    this.config = config;
    this.request.sourceId = id;
    this.asyncEvent.sourceId = id;
    this.asyncEvent.requestUnits = asyncRequestUnits(config.payloadKB);
    this.timed = new DeadlineCalls(ctx.kernel, {
      answered: (call, o) => this.finish(o, call.firstSentMs),
      expired: (call) => {
        this.readTimeouts++;
        if (call.attempt < this.config.maxAttempts) this.retry(call.target!, call.attempt, call.firstSentMs, 'its read timeout', 504);
        else this.answer(504, this.ctx.kernel.now - call.firstSentMs);
      },
    });
  }

  protected handle(target: FunctionPort): void {
    if (this.config.invocationType === 'async') {
      target.invokeAsync(this.asyncEvent);
      this.answer(202, 0);
      return;
    }
    this.attempt(target, 1, this.ctx.kernel.now);
  }

  private attempt(target: FunctionPort, attempt: number, firstSentMs: number): void {
    const readTimeoutMs = this.config.readTimeoutSeconds * 1000;
    const canRetry = attempt < this.config.maxAttempts;
    if ((target.timeoutMs ?? Infinity) + INIT_LIMIT_MS <= readTimeoutMs) {
      // INIT (≤ 10 s, §2.1) + the function timeout is the longest an invocation lasts: the answer comes before the read timeout, no timer needed.
      const admission = target.invokeSync(this.request, attempt === 1 ? this.onDoneSimple : (o) => this.finish(o, firstSentMs));
      if (!admission.admitted) this.refused(target, attempt, firstSentMs, canRetry);
      return;
    }
    const admission = this.timed.invoke(target, this.request, readTimeoutMs, attempt, firstSentMs);
    if (!admission.admitted) this.refused(target, attempt, firstSentMs, canRetry);
  }

  /** Lambda answers 200 with X-Amz-Function-Error on a function error; we count it apart and show it as 502. */
  private finish(o: InvokeOutcome, firstSentMs: number): void {
    if (o.status !== 'success') this.functionErrors++;
    this.answer(o.status === 'success' ? 200 : 502, o.endedMs - firstSentMs);
  }

  private refused(target: FunctionPort, attempt: number, firstSentMs: number, canRetry: boolean): void {
    if (canRetry) this.retry(target, attempt, firstSentMs, 'a 429 throttle', 429);
    else this.answer(429, this.ctx.kernel.now - firstSentMs);
  }

  /** `giveUpStatus`: what the caller sees if the retry would fall after the end of the run. */
  private retry(target: FunctionPort, attempt: number, firstSentMs: number, why: string, giveUpStatus: 429 | 504): void {
    this.retries++;
    this.retrySeries.add(1);
    const capMs = Math.min(this.config.maxBackoffSeconds * 1000, SDK_BACKOFF_BASE_MS * 2 ** (attempt - 1));
    const delayMs = this.ctx.rng.next() * capMs;
    if (this.ctx.kernel.now + delayMs >= this.ctx.endMs) {
      this.answer(giveUpStatus, this.ctx.kernel.now - firstSentMs);
      return;
    }
    if (attempt === 1)
      this.ctx.log({
        nodeId: this.id,
        level: 'info',
        category: 'retry',
        message: `The SDK retries after ${why}: attempt ${attempt + 1} of ${this.config.maxAttempts} in ${(delayMs / 1000).toFixed(2)} s`,
      });
    this.ctx.kernel.after(delayMs, () => this.attempt(target, attempt + 1, firstSentMs));
  }

  protected override extraMetrics(): Record<string, number> {
    return { ClientRetries: this.retries, FunctionErrors: this.functionErrors, ReadTimeouts: this.readTimeouts };
  }

  override applyConfig(config: unknown): PatchResult {
    this.config = config as ConfigOfKind<'client'>;
    this.asyncEvent.requestUnits = asyncRequestUnits(this.config.payloadKB);
    return super.applyConfig(config);
  }
}
