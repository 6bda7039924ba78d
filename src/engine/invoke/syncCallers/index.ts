import type { ScenarioNode } from '../../../model';
import type { EngineContext } from '../../ports';
import { createAlbCaller } from './alb';
import { ApiGatewayCaller } from './apiGateway';
import { ClientCaller } from './client';
import { createFunctionUrlCaller } from './functionUrl';
import type { SyncCaller } from './syncCaller';

/** The live node of a synchronous caller kind, or null for other kinds. */
export function createCaller(node: ScenarioNode, ctx: EngineContext): SyncCaller | null {
  switch (node.kind) {
    case 'alb':
      return createAlbCaller(node.id, node.config, ctx);
    case 'apiGateway':
      return new ApiGatewayCaller(node.id, node.config, ctx);
    case 'functionUrl':
      return createFunctionUrlCaller(node.id, node.config, ctx);
    case 'client':
      return new ClientCaller(node.id, node.config, ctx);
    default:
      return null;
  }
}
