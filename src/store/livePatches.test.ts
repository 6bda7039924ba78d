import { expect, it } from 'vitest';
import { CONFIG_SCHEMAS, type FunctionConfig } from '../model';
import { DEFAULT_SCENARIO } from '../scenarios';
import { diagramPatches } from './livePatches';
import { createScenarioStore } from './scenarioStore';

it('a config edit becomes a patch of that node; a new node waits for Reset', () => {
  const store = createScenarioStore(DEFAULT_SCENARIO);
  const before = store.getState();
  const config = CONFIG_SCHEMAS.function.parse({ ...(before.nodes[1].data.config as FunctionConfig), reservedConcurrency: 50 });
  store.getState().setNodeConfig('api', config);
  expect(diagramPatches(before, store.getState())).toEqual({
    patches: [{ type: 'nodeConfig', nodeId: 'api', config }],
    structural: false,
  });

  const edited = store.getState();
  store.getState().addNode('sqs', { x: 0, y: 0 });
  expect(diagramPatches(edited, store.getState())).toEqual({ patches: [], structural: true });
});

it('an account change becomes an account patch', () => {
  const store = createScenarioStore(DEFAULT_SCENARIO);
  const before = store.getState();
  const account = { ...before.meta.account, concurrencyLimit: 2000 };
  store.getState().setMeta({ account });
  expect(diagramPatches(before, store.getState()).patches).toEqual([{ type: 'account', account }]);
});
