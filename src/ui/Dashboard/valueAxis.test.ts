import { describe, expect, it } from 'vitest';
import { formatValue, niceStep, valueAxis } from './valueAxis';

const labels = (max: number, kind: Parameters<typeof valueAxis>[1]) => {
  const axis = valueAxis(max, kind);
  return axis.ticks.map(axis.format);
};

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(2.7)).toBe(5);
    expect(niceStep(0.0021)).toBe(0.005);
    expect(niceStep(200)).toBe(200);
    expect(niceStep(6)).toBe(10);
  });
});

describe('valueAxis', () => {
  it('leaves room above a limit: concurrency at its reserved 10 reads 0, 5, 10, 15', () => {
    // 10 × 1.08 = 10.8; 10.8 / 4 = 2.7 → steps of 5; the first tick at or above 10.8 is 15.
    expect(valueAxis(10, 'count').ticks).toEqual([0, 5, 10, 15]);
  });

  it('writes an iterator age of 800,000 ms in minutes, never "800.0k"', () => {
    // 800,000 ms × 1.08 = 14.4 min; 14.4 / 4 = 3.6 → steps of 5 min.
    expect(labels(800_000, 'ms')).toEqual(['0', '5 min', '10 min', '15 min']);
  });

  it('writes hours for long ages and milliseconds for short durations', () => {
    // 3 h × 1.08 = 3.24 h; 3.24 / 4 = 0.81 → steps of 1 h.
    expect(labels(3 * 3_600_000, 'ms')).toEqual(['0', '1 h', '2 h', '3 h', '4 h']);
    // 1,850 ms × 1.08 = 1.998 s; / 4 = 0.4995 → steps of 0.5 s.
    expect(labels(1850, 'ms')).toEqual(['0', '0.5 s', '1 s', '1.5 s', '2 s']);
    // 55 s × 1.08 = 59.4 s; / 4 = 14.85 → steps of 20 s, and 60 s stays in seconds like its neighbours.
    expect(labels(55_000, 'ms')).toEqual(['0', '20 s', '40 s', '60 s']);
    // 180 ms × 1.08 = 194.4; / 4 = 48.6 → steps of 50 ms.
    expect(labels(180, 'ms')).toEqual(['0', '50 ms', '100 ms', '150 ms', '200 ms']);
  });

  it('writes cost in dollars: $0.009 is "$0.000 … $0.010", never "9.0e-3"', () => {
    // 0.009 × 1.08 = 0.00972; / 4 = 0.00243 → steps of $0.005.
    expect(labels(0.009, 'USD')).toEqual(['$0.000', '$0.005', '$0.010']);
    // 0.04 × 1.08 = 0.0432; / 4 = 0.0108 → steps of $0.02.
    expect(labels(0.04, 'USD')).toEqual(['$0.00', '$0.02', '$0.04', '$0.06']);
  });

  it('writes fractional rates and large counts', () => {
    // 1.2 × 1.08 = 1.296; / 4 = 0.324 → steps of 0.5.
    expect(labels(1.2, 'count')).toEqual(['0', '0.5', '1', '1.5']);
    // 48,000 × 1.08 = 51,840; / 4 = 12,960 → steps of 20,000.
    expect(labels(48_000, 'count')).toEqual(['0', '20.0 k', '40.0 k', '60.0 k']);
  });

  it('has an axis of one step for a chart with nothing yet', () => {
    expect(labels(0, 'count')).toEqual(['0', '1']);
    expect(labels(0, 'ms')).toEqual(['0', '1 s']);
    expect(labels(0, 'USD')).toEqual(['$0.00', '$0.01']);
  });
});

describe('formatValue', () => {
  it('writes each kind in its unit', () => {
    expect(formatValue(1850, 'ms')).toBe('1.85 s');
    expect(formatValue(800_000, 'ms')).toBe('13.3 min');
    expect(formatValue(0.0123, 'USD')).toBe('$0.0123');
    expect(formatValue(0.35, 'count')).toBe('0.35');
    expect(formatValue(10, 'count')).toBe('10');
    expect(formatValue(38_291, 'count')).toBe('38.3 k');
  });
});
