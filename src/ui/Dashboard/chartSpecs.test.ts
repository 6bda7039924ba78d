import { describe, expect, it } from 'vitest';
import type { ServiceNode } from '../../store/diagram';
import { chartSpecs } from './chartSpecs';

function fn(id: string, reservedConcurrency: number | null, provisionedConcurrency = 0): ServiceNode {
  return { id, type: 'service', position: { x: 0, y: 0 }, data: { kind: 'function', label: id, config: { reservedConcurrency, provisionedConcurrency } } } as unknown as ServiceNode;
}

const concurrencyRefs = (nodes: ServiceNode[]) => chartSpecs(nodes, null, 1000).find((c) => c.id === 'concurrency')!.refs.map((r) => `${r.label} @${r.y}`);

describe('concurrency chart limit lines', () => {
  it('names the function when one is drawn', () => {
    expect(concurrencyRefs([fn('api', 20, 5)])).toEqual(['account limit 1000 @1000', 'reserved 20 @20', 'provisioned 5 @5']);
  });

  it('draws one line for functions that share a limit, so labels never overlap', () => {
    expect(concurrencyRefs([fn('a', 5), fn('b', 5), fn('c', 5), fn('d', 10)])).toEqual([
      'account limit 1000 @1000',
      '3 functions reserved 5 @5',
      'd reserved 10 @10',
    ]);
    expect(concurrencyRefs([fn('a', 5), fn('b', 5)])).toEqual(['account limit 1000 @1000', 'a, b reserved 5 @5']);
  });

  it('has no reserved line for a function without reserved concurrency', () => {
    expect(concurrencyRefs([fn('a', null), fn('b', null)])).toEqual(['account limit 1000 @1000']);
  });
});
