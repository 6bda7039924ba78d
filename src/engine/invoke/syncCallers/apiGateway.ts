import type { PatchResult } from '../../api';
import type { ConfigOfKind } from '../../../model';
import { TokenBucket } from '../../concurrency/tokenBucket';
import { INIT_LIMIT_MS } from '../../function/invocationTiming';
import type { EngineContext, FunctionPort, InvokeOutcome } from '../../ports';
import { DeadlineCalls } from './deadlineCalls';
import { SyncCaller, type CallerStatus } from './syncCaller';

/**
 * API Gateway REST (§4). Its own throttle comes first: a token bucket of
 * 10,000 requests per second with a burst of 5,000, excess answered 429.
 * "If the Lambda API rejects the invocation request, API Gateway returns a
 * 500"; a function error is 502; past the 29 s integration timeout the client
 * gets 504 while the function runs on to its own end and is billed. No retries.
 */
export class ApiGatewayCaller extends SyncCaller {
  private readonly request = { sourceId: '', batchSize: 1, chainDepth: 0 };
  private bucket: TokenBucket;
  private integrationTimeoutMs: number;
  /** Requests that can outlive the integration timeout race it. */
  private readonly timed: DeadlineCalls;
  private readonly onDone = (o: InvokeOutcome) => {
    const latency = o.endedMs - o.startedMs;
    // Unreachable while the guard in `handle` holds; every request must still end counted once.
    if (latency > this.integrationTimeoutMs) this.answer(504, this.integrationTimeoutMs);
    else this.answer(o.status === 'success' ? 200 : 502, latency);
  };

  constructor(id: string, config: ConfigOfKind<'apiGateway'>, ctx: EngineContext) {
    super(id, 'apiGateway', ctx, config.traffic);
    this.request.sourceId = id;
    this.bucket = new TokenBucket(config.throttleBurst, config.throttleRatePerSecond);
    this.integrationTimeoutMs = config.integrationTimeoutSeconds * 1000;
    this.timed = new DeadlineCalls(ctx.kernel, {
      answered: (_call, o) => this.answer(o.status === 'success' ? 200 : 502, o.endedMs - o.startedMs),
      expired: () => this.answer(504, this.integrationTimeoutMs),
    });
  }

  protected override whyStatus(status: CallerStatus): string {
    switch (status) {
      case 429:
        return "API Gateway's own throttle (throttleRatePerSecond, throttleBurst) refused the request";
      case 500:
        return 'Lambda refused the invocation (throttled: no concurrency left), which API Gateway answers as 500';
      case 504:
        return `the function had not answered within the ${this.integrationTimeoutMs / 1000} s integration timeout; it runs on and is billed`;
      default:
        return super.whyStatus(status);
    }
  }

  protected handle(target: FunctionPort): void {
    const now = this.ctx.kernel.now;
    if (!this.bucket.tryTake(now)) {
      this.answer(429, 0);
      return;
    }
    // An invocation ends at most INIT (≤ 10 s, §2.1) + the function timeout after it starts; only one that can outlive the integration timeout needs a timer.
    if ((target.timeoutMs ?? Infinity) + INIT_LIMIT_MS <= this.integrationTimeoutMs) {
      if (!target.invokeSync(this.request, this.onDone).admitted) this.answer(500, 0);
      return;
    }
    if (!this.timed.invoke(target, this.request, this.integrationTimeoutMs, 1, now).admitted) this.answer(500, 0);
  }

  override applyConfig(config: unknown): PatchResult {
    const next = config as ConfigOfKind<'apiGateway'>;
    this.integrationTimeoutMs = next.integrationTimeoutSeconds * 1000;
    this.bucket.reconfigure(this.ctx.kernel.now, next.throttleBurst, next.throttleRatePerSecond);
    return super.applyConfig(next);
  }
}
