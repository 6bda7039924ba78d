import type { PatchResult } from '../../api';
import type { ConfigOfKind } from '../../../model';
import { albConfigSchema } from '../../../model';
import type { EngineContext, FunctionPort, InvokeOutcome } from '../../ports';
import { SyncCaller } from './syncCaller';

/**
 * Application Load Balancer (§4): invokes synchronously and never retries;
 * a function error or timeout becomes 502. A Lambda throttle is passed on as
 * the 429 Lambda returns (§1.5); lambda-model.md does not record which code
 * the ALB itself writes for it, so the playground shows Lambda's.
 */
export class AlbCaller extends SyncCaller {
  private readonly request = { sourceId: '', batchSize: 1, chainDepth: 0 };
  private readonly onDone = (o: InvokeOutcome) => this.answer(o.status === 'success' ? 200 : 502, o.endedMs - o.startedMs);

  constructor(id: string, config: ConfigOfKind<'alb'>, ctx: EngineContext) {
    super(id, 'alb', ctx, config.traffic);
    this.request.sourceId = id;
  }

  protected handle(target: FunctionPort): void {
    const admission = target.invokeSync(this.request, this.onDone);
    if (!admission.admitted) this.answer(429, 0);
  }

  applyConfig(config: unknown): PatchResult {
    const parsed = albConfigSchema.safeParse(config);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid ALB config' };
    this.setTraffic(parsed.data.traffic);
    return { ok: true };
  }
}
