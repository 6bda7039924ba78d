import { describe, expect, it } from 'vitest';
import type { ServiceNode } from '../../store/diagram';
import { chartKey, chartSpecs, legendOf } from './chartSpecs';

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

function node(id: string, kind: string): ServiceNode {
  return { id, type: 'service', position: { x: 0, y: 0 }, data: { kind, label: id, config: { reservedConcurrency: null, provisionedConcurrency: 0 } } } as unknown as ServiceNode;
}

describe('legends of a chart of many functions', () => {
  const app = [node('alb', 'alb'), node('a', 'function'), node('b', 'function'), node('c', 'function'), node('d', 'function'), node('q', 'sqs'), node('s', 'kinesis')];
  const specs = chartSpecs(app, null, 1000);
  const chart = (id: string) => specs.find((c) => c.id === id)!;

  it('names the metrics by stroke, once, however many functions are drawn', () => {
    // 4 functions × 2 metrics = 8 lines, and a legend of 2 entries.
    expect(chart('invocations').lines).toHaveLength(8);
    expect(legendOf(chart('invocations'))).toEqual([
      { label: 'invocations', stroke: 'solid' },
      { label: 'throttles', stroke: 'dashed' },
    ]);
    expect(legendOf(chart('duration')).map((e) => `${e.label} ${e.stroke}`)).toEqual(['p99 solid', 'p95 dashed', 'p50 dotted']);
  });

  it('gives each function one colour in every chart, and the dashboard key names them', () => {
    const key = chartKey(app, null);
    expect(key.map((k) => k.label)).toEqual(['a', 'b', 'c', 'd', 'q', 's']);
    expect(new Set(key.map((k) => k.color)).size).toBe(6);
    const colorOfB = key[1].color;
    for (const id of ['concurrency', 'invocations', 'duration', 'cost']) {
      expect(chart(id).lines.filter((l) => l.key.startsWith('b/')).every((l) => l.color === colorOfB)).toBe(true);
    }
    expect(chart('queues').lines.every((l) => l.color === key[4].color)).toBe(true);
  });

  it('colours status codes by status, named in the chart itself', () => {
    expect(legendOf(chart('statusCodes')).map((e) => e.label)).toEqual(['200', '202', '429', '500', '502', '504']);
  });

  it('keeps the filtered function’s colour key to that function', () => {
    expect(chartKey(app, 'c').map((k) => k.label)).toEqual(['c', 'q', 's']);
  });
});
