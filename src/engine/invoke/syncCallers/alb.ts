import type { ConfigOfKind } from '../../../model';
import type { EngineContext } from '../../ports';
import { PassThroughCaller } from './passThroughCaller';

/**
 * Application Load Balancer (§4): invokes synchronously and never retries; a
 * function error or timeout becomes 502. lambda-model.md does not say what the
 * ALB itself answers when Lambda throttles: it passes Lambda's 429 on. Its
 * 1 MB request and response limits are checked on the configuration (src/model).
 */
export function createAlbCaller(id: string, config: ConfigOfKind<'alb'>, ctx: EngineContext): PassThroughCaller {
  return new PassThroughCaller(id, 'alb', config.traffic, ctx);
}
