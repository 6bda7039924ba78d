import { describe, expect, it } from 'vitest';
import { SeededRng } from './rng';

const N = 200_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const min = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity);
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)];

describe('SeededRng', () => {
  it('gives the same stream for the same seed and a different one for another', () => {
    const a = new SeededRng(42);
    const b = new SeededRng(42);
    const c = new SeededRng(43);
    const sa = Array.from({ length: 10 }, () => a.next());
    expect(Array.from({ length: 10 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 10 }, () => c.next())).not.toEqual(sa);
  });

  it('draws uniforms in [0, 1) with mean 1/2', () => {
    const r = new SeededRng(1);
    const xs = Array.from({ length: N }, () => r.next());
    expect(min(xs)).toBeGreaterThanOrEqual(0);
    expect(max(xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
  });

  it('draws exponentials with the given mean and median mean·ln 2', () => {
    const r = new SeededRng(2);
    const xs = Array.from({ length: N }, () => r.exponential(200));
    expect(mean(xs) / 200).toBeCloseTo(1, 1);
    expect(quantile(xs, 0.5) / (200 * Math.LN2)).toBeCloseTo(1, 1);
  });

  it('draws lognormals whose p50 and p99 are the ones given', () => {
    const r = new SeededRng(3);
    const xs = Array.from({ length: N }, () => r.sample({ distribution: 'lognormal', p50: 1000, p99: 30_000 }));
    expect(quantile(xs, 0.5) / 1000).toBeCloseTo(1, 1);
    expect(quantile(xs, 0.99) / 30_000).toBeGreaterThan(0.9);
    expect(quantile(xs, 0.99) / 30_000).toBeLessThan(1.1);
  });

  it('draws uniform and fixed distributions in their range', () => {
    const r = new SeededRng(4);
    const xs = Array.from({ length: N }, () => r.sample({ distribution: 'uniform', min: 10, max: 30 }));
    expect(min(xs)).toBeGreaterThanOrEqual(10);
    expect(max(xs)).toBeLessThan(30);
    expect(mean(xs)).toBeCloseTo(20, 0);
    expect(r.sample({ distribution: 'fixed', value: 7 })).toBe(7);
  });

  it.each([
    [10, 0.3],
    [100, 0.05],
    [1000, 0.2],
    [1000, 0.97],
  ])('draws binomial(%i, %f) with mean np and variance np(1-p)', (n, p) => {
    const r = new SeededRng(5);
    const xs = Array.from({ length: 50_000 }, () => r.binomial(n, p));
    const m = mean(xs);
    const v = mean(xs.map((x) => (x - m) ** 2));
    expect(m / (n * p)).toBeCloseTo(1, 1);
    expect(v / (n * p * (1 - p))).toBeGreaterThan(0.9);
    expect(v / (n * p * (1 - p))).toBeLessThan(1.1);
    expect(min(xs)).toBeGreaterThanOrEqual(0);
    expect(max(xs)).toBeLessThanOrEqual(n);
  });
});
