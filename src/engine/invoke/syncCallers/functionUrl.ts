import type { ConfigOfKind } from '../../../model';
import type { EngineContext } from '../../ports';
import { PassThroughCaller } from './passThroughCaller';

/**
 * Function URL (§4): a synchronous invoke up to the function timeout, no
 * retries. A throttle is 429 (TooManyRequestsException); a function error or
 * timeout is 502 Bad Gateway.
 */
export function createFunctionUrlCaller(id: string, config: ConfigOfKind<'functionUrl'>, ctx: EngineContext): PassThroughCaller {
  return new PassThroughCaller(id, 'functionUrl', config.traffic, ctx);
}
