import { describe, expect, it } from 'vitest';
import type { ServiceNode } from '../../store/diagram';
import { axisMax, chartText } from './chartText';
import { chartSpecs } from './chartSpecs';

function fn(id: string, reservedConcurrency: number | null): ServiceNode {
  return { id, type: 'service', position: { x: 0, y: 0 }, data: { kind: 'function', label: id, config: { reservedConcurrency, provisionedConcurrency: 0 } } } as unknown as ServiceNode;
}

const specs = chartSpecs([fn('api', 10), fn('worker', null)], null, 1000);
const chart = (id: string) => specs.find((c) => c.id === id)!;

describe('chartText', () => {
  it('says each line’s latest value and the limits', () => {
    const rows = [
      { t: 60, 'api/ConcurrentExecutions': 9, 'worker/ConcurrentExecutions': 3 },
      { t: 62, 'api/ConcurrentExecutions': 10, 'worker/ConcurrentExecutions': null },
    ];
    // worker has no point at 62 s: its last one, 3, is what it shows; 62.4 s on the clock reads 1:02.
    expect(chartText(chart('concurrency'), rows, 62_400)).toBe('At 1:02: api concurrency 10, worker concurrency 3. Limits: account limit 1000, api reserved 10.');
  });

  it('writes values in their unit', () => {
    const rows = [{ t: 1800, 'api/DurationP99': 1850, 'api/DurationP95': 950, 'api/DurationP50': 180.4, 'worker/DurationP99': null, 'worker/DurationP95': null, 'worker/DurationP50': null }];
    expect(chartText(chart('duration'), rows, 1_800_000)).toBe('At 30:00: api p99 1.85 s, api p95 950 ms, api p50 180 ms.');
    expect(chartText(chart('cost'), [{ t: 5, 'api/CostUSD': 0.0123, 'worker/CostUSD': 0.0009 }], 5000)).toBe('At 0:05: api cost $0.0123, worker cost $0.0009.');
  });

  it('says when there is nothing to show', () => {
    expect(chartText(chart('concurrency'), [], 0)).toBe('No data yet.');
    expect(chartText(chart('queues'), [], 0)).toBe('No SQS queue in the diagram.');
  });
});

describe('axisMax', () => {
  it('takes the largest value on the axis and the limits that extend it', () => {
    const rows = [{ t: 1, 'api/ConcurrentExecutions': 4, 'worker/ConcurrentExecutions': 7 }];
    // Reserved 10 extends the axis; the account's 1,000 is dropped when the data stay far below it.
    expect(axisMax(chart('concurrency'), rows, false)).toBe(10);
    const cold = [{ t: 1, 'api/ColdStarts': 2, 'api/InitDuration': 450, 'worker/ColdStarts': 1, 'worker/InitDuration': 300 }];
    expect(axisMax(chart('coldStarts'), cold, false)).toBe(2);
    expect(axisMax(chart('coldStarts'), cold, true)).toBe(450);
  });
});
