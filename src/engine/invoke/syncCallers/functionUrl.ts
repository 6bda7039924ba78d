import type { PatchResult } from '../../api';
import type { ConfigOfKind } from '../../../model';
import { functionUrlConfigSchema } from '../../../model';
import type { EngineContext, FunctionPort, InvokeOutcome } from '../../ports';
import { SyncCaller } from './syncCaller';

/**
 * Function URL (§4): a synchronous invoke up to the function timeout, no
 * retries. A throttle is 429 (TooManyRequestsException); a function error or
 * timeout is 502 Bad Gateway.
 */
export class FunctionUrlCaller extends SyncCaller {
  private readonly request = { sourceId: '', batchSize: 1, chainDepth: 0 };
  private readonly onDone = (o: InvokeOutcome) => this.answer(o.status === 'success' ? 200 : 502, o.endedMs - o.startedMs);

  constructor(id: string, config: ConfigOfKind<'functionUrl'>, ctx: EngineContext) {
    super(id, 'functionUrl', ctx, config.traffic);
    this.request.sourceId = id;
  }

  protected handle(target: FunctionPort): void {
    if (!target.invokeSync(this.request, this.onDone).admitted) this.answer(429, 0);
  }

  applyConfig(config: unknown): PatchResult {
    const parsed = functionUrlConfigSchema.safeParse(config);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid Function URL config' };
    this.setTraffic(parsed.data.traffic);
    return { ok: true };
  }
}
