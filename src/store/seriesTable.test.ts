import { describe, expect, it } from 'vitest';
import type { TickBatch } from '../engine/api';
import { mergeRuleOf, SeriesTable } from './seriesTable';

function batch(firstTick: number, series: Record<string, number[]>, tickMs = 1000): TickBatch {
  const count = Object.values(series)[0].length;
  return { tickMs, firstTick, count, series: Object.fromEntries(Object.entries(series).map(([k, v]) => [k, Float64Array.from(v)])) };
}

describe('SeriesTable', () => {
  it('classifies CloudWatch names by how they merge', () => {
    expect(mergeRuleOf('api/Invocations')).toBe('rate');
    expect(mergeRuleOf('api/Throttles')).toBe('rate');
    expect(mergeRuleOf('api/ConcurrentExecutions')).toBe('max');
    expect(mergeRuleOf('api/DurationP99')).toBe('max');
    expect(mergeRuleOf('q/ApproximateNumberOfMessagesVisible')).toBe('max');
    expect(mergeRuleOf('api/CostUSD')).toBe('total');
    expect(mergeRuleOf('alb/Latency')).toBe('max');
    expect(mergeRuleOf('alb/Status429')).toBe('rate');
  });

  it('keeps one point per tick until full, counts as a rate per second', () => {
    const table = new SeriesTable(4);
    table.append(batch(0, { 'f/Invocations': [5, 7] }, 500));
    expect(table.length).toBe(2);
    expect(Array.from(table.endMs.slice(0, 2))).toEqual([500, 1000]);
    // 5 invocations in half a second is 10 per second.
    expect(table.column('f/Invocations')?.[0]).toBe(10);
    expect(table.total('f/Invocations')).toBe(12);
  });

  it('halves when full: rates averaged, levels by maximum, cost as a running total', () => {
    const table = new SeriesTable(4);
    const inv = [1, 3, 5, 7, 9];
    const conc = [2, 8, 4, 1, 6];
    const cost = [0.5, 0.25, 0.25, 1, 2];
    table.append(batch(0, { 'f/Invocations': inv, 'f/ConcurrentExecutions': conc, 'f/CostUSD': cost }));
    // Four points filled, the fifth forced a merge into [0-1], [2-3], then [4] is pending (stride 2).
    expect(table.stride).toBe(2);
    expect(table.length).toBe(2);
    expect(Array.from(table.column('f/Invocations')!.slice(0, 2))).toEqual([2, 6]);
    expect(Array.from(table.column('f/ConcurrentExecutions')!.slice(0, 2))).toEqual([8, 4]);
    expect(Array.from(table.column('f/CostUSD')!.slice(0, 2))).toEqual([0.75, 2]); // 0.5+0.25, then +0.25+1
    expect(Array.from(table.endMs.slice(0, 2))).toEqual([2000, 4000]);
    table.append(batch(5, { 'f/Invocations': [11], 'f/ConcurrentExecutions': [3], 'f/CostUSD': [0] }));
    expect(table.length).toBe(3);
    expect(table.column('f/Invocations')![2]).toBe(10);
    expect(table.column('f/ConcurrentExecutions')![2]).toBe(6);
    expect(table.column('f/CostUSD')![2]).toBe(4);
    expect(table.endMs[2]).toBe(6000);
  });

  it('stays within its capacity over a long run', () => {
    const table = new SeriesTable(8);
    for (let t = 0; t < 10_000; t += 100) table.append(batch(t, { 'f/Invocations': Array(100).fill(1) }));
    expect(table.length).toBeLessThanOrEqual(8);
    // A column holds the table's points, no more.
    expect(table.column('f/Invocations')!.length).toBe(table.length);
    // Every point averages ticks of 1 per second.
    for (let i = 0; i < table.length; i++) expect(table.column('f/Invocations')![i]).toBe(1);
    expect(table.endMs[table.length - 1]).toBe(10_000_000 - ((10_000 % table.stride) * 1000));
    expect(table.total('f/Invocations')).toBe(10_000);
  });

  it('a series that appears late has no value before it appeared, also after a merge', () => {
    const table = new SeriesTable(4);
    table.append(batch(0, { 'f/Invocations': [1, 1, 1] }));
    // A new function after three ticks: its first three points were never sent.
    table.append(batch(3, { 'f/Invocations': [1, 1], 'g/Invocations': [4, 6] }));
    // Five ticks in a table of four: merged to [0-1], [2-3], pending [4].
    expect(table.length).toBe(2);
    expect(Number.isNaN(table.column('g/Invocations')![0])).toBe(true);
    expect(table.column('g/Invocations')![1]).toBe(4); // the merge of nothing and 4 per second
    table.append(batch(5, { 'f/Invocations': [1], 'g/Invocations': [8] }));
    expect(table.length).toBe(3);
    expect(table.column('g/Invocations')![2]).toBe(7); // (6 + 8) / 2
  });

  it('finds the first point after a time', () => {
    const table = new SeriesTable(8);
    table.append(batch(0, { 'f/Invocations': [1, 1, 1, 1] }));
    expect(table.firstIndexAfter(2000)).toBe(2);
    expect(table.firstIndexAfter(0)).toBe(0);
    expect(table.firstIndexAfter(9000)).toBe(4);
  });
});
