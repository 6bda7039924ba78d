import type { NodeKind, Traffic } from '../../../model';
import type { EngineContext, FunctionPort, InvokeOutcome } from '../../ports';
import { SyncCaller } from './syncCaller';

/**
 * A caller that hands each request to Lambda once and passes the answer on
 * (§4: neither an ALB nor a Function URL retries): 200 on success, 502 on a
 * function error or timeout, 429 when Lambda throttles.
 */
export class PassThroughCaller extends SyncCaller {
  private readonly request: { sourceId: string; batchSize: number; chainDepth: number };
  private readonly onDone = (o: InvokeOutcome) => this.answer(o.status === 'success' ? 200 : 502, o.endedMs - o.startedMs);

  constructor(id: string, kind: NodeKind, traffic: Traffic, ctx: EngineContext) {
    super(id, kind, ctx, traffic);
    this.request = { sourceId: id, batchSize: 1, chainDepth: 0 };
  }

  protected handle(target: FunctionPort): void {
    if (!target.invokeSync(this.request, this.onDone).admitted) this.answer(429, 0);
  }
}
