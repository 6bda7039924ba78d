/** Two-sided 95 % Student-t critical values t(0.975, df) for df = 1..30; above 30 the normal value is within 2 %. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101,
  2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export const tCritical95 = (df: number): number => (df <= 0 ? Infinity : df <= 30 ? T_975[df - 1] : df <= 60 ? 2.0 : 1.96);

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

/** Mean of the values and its 95 % Student-t confidence interval (one value: the interval is the value itself). */
export function interval95(values: readonly number[]): Interval {
  const n = values.length;
  if (n === 0) throw new Error('an interval needs at least one value');
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n === 1) return { mean, low: mean, high: mean };
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const half = tCritical95(n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { mean, low: mean - half, high: mean + half };
}
