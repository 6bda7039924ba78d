// The reference values are written out as computed elsewhere, even where Math has the constant (LN2, E, SQRT2, ...).
/* oxlint-disable approx-constant */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bitsOf, cosTurns, exp, fromBits, log, sinTurns } from './portableMath';

/** The gap between `x` and the next double away from zero. */
function ulp(x: number): number {
  const a = Math.abs(x);
  if (a < 2 ** -1022) return Number.MIN_VALUE;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  return 2 ** (e - 52);
}

/** Within one unit in the last place of the correctly rounded value (fdlibm's bound). */
function expectWithinUlp(got: number, exact: number): void {
  expect({ got, exact, withinOneUlp: Math.abs(got - exact) <= ulp(exact) }).toEqual({ got, exact, withinOneUlp: true });
}

/**
 * [x, f(x)]: the true value of f at the double x, rounded to the nearest double, worked out with
 * 200-bit arithmetic (mpmath), not with any JavaScript engine.
 */
const LOG: [number, number][] = [
  [2, 0.6931471805599453],
  [3, 1.0986122886681098],
  [10, 2.302585092994046],
  [0.5, -0.6931471805599453],
  [1e-300, -690.7755278982137],
  [1e300, 690.7755278982137],
  [1.0000001, 9.999999505838704e-8],
  [0.9999999, -1.0000000494736474e-7],
  [1 - 2 ** -32, -2.328306436809747e-10],
  [2 ** -32, -22.18070977791825],
  [5e-324, -744.4400719213812],
  [1.7976931348623157e308, 709.782712893384],
  [123.456, 4.815884817283264],
  [0.7071067811865476, -0.3465735902799726],
  [1.4142135623730951, 0.3465735902799727],
];

const EXP: [number, number][] = [
  [1, 2.718281828459045],
  [-1, 0.36787944117144233],
  [0.5, 1.6487212707001282],
  [10, 22026.465794806718],
  [-10, 4.5399929762484854e-5],
  [700, 1.0142320547350045e304],
  [-700, 9.85967654375977e-305],
  [1e-10, 1.0000000001],
  [-745, 5e-324],
  [0.34657359027997264, 1.414213562373095],
  [1.0397207708399179, 2.82842712474619],
  [709.782712893384, 1.7976931348622732e308],
  [-708.5, 2.006132305331306e-308],
  [3.3, 27.112638920657883],
  [-2.302585092994046, 0.09999999999999998],
];

/** [t, sin 2πt, cos 2πt] */
const TURNS: [number, number, number][] = [
  [0.1, 0.5877852522924731, 0.8090169943749475],
  [0.2, 0.9510565162951536, 0.30901699437494734],
  [1 / 12, 0.5, 0.8660254037844387],
  [0.125, 0.7071067811865476, 0.7071067811865476],
  [1 / 6, 0.8660254037844386, 0.5],
  [0.3, 0.9510565162951536, -0.30901699437494734],
  [0.7, -0.9510565162951535, -0.3090169943749477],
  [0.9, -0.587785252292473, 0.8090169943749475],
  [0.123456789, 0.700217342727619, 0.7139297395006543],
  [-0.3, -0.9510565162951536, -0.30901699437494734],
  [1000000.1, 0.5877852521741206, 0.8090169944609356],
  [0.4999999999, 6.283185827052669e-10, -1],
  [1e-9, 6.283185307179587e-9, 1],
];

describe('portable math: the same bits in every engine, within 1 ulp of the truth', () => {
  it('builds doubles from their bits and reads them back', () => {
    expect(fromBits(0x3ff00000, 0)).toBe(1);
    expect(fromBits(0x400921fb, 0x54442d18)).toBe(Math.PI);
    expect(fromBits(0x7ff00000, 0)).toBe(Infinity);
    expect(bitsOf(-2)).toEqual([0xc0000000, 0]);
    expect(bitsOf(Math.LN2)).toEqual([0x3fe62e42, 0xfefa39ef]);
  });

  it('log: known values, exact at 1 and 2^k, and the edges', () => {
    for (const [x, exact] of LOG) expectWithinUlp(log(x), exact);
    expect(log(1)).toBe(0);
    expect(log(2)).toBe(Math.LN2);
    expect(log(10)).toBe(Math.LN10);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(Infinity)).toBe(Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
  });

  it('exp: known values, exact at 0, and overflow and underflow', () => {
    for (const [x, exact] of EXP) expectWithinUlp(exp(x), exact);
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
  });

  it('sine and cosine in turns: known values, exact at the quarter turns, periodic', () => {
    for (const [t, sin, cos] of TURNS) {
      expectWithinUlp(sinTurns(t), sin);
      expectWithinUlp(cosTurns(t), cos);
    }
    // A quarter turn is found exactly, so these are exact (Math.sin(2π · 0.5) is 1.2e-16, not 0).
    const quarters: [number, number, number][] = [
      [0, 0, 1],
      [0.25, 1, 0],
      [0.5, 0, -1],
      [0.75, -1, 0],
      [1, 0, 1],
      [-0.25, -1, 0],
      [2.75, -1, 0],
      [1e6, 0, 1],
    ];
    for (const [t, sin, cos] of quarters) expect([t, sinTurns(t), cosTurns(t)]).toEqual([t, sin, cos]);
    // Whole turns added exactly (t + 3 and t − 5 are exact for these t) change nothing.
    for (const t of [0.1015625, 0.375, 0.8125, 0.4140625]) expect([sinTurns(t + 3), cosTurns(t - 5)]).toEqual([sinTurns(t), cosTurns(t)]);
    expect(sinTurns(Infinity)).toBeNaN();
    expect(cosTurns(NaN)).toBeNaN();
  });

  it('agrees with Math to within its own rounding over a million inputs, and sin² + cos² = 1', () => {
    let seed = 7;
    const uniform = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    let worstLog = 0;
    let worstExp = 0;
    let worstTurns = 0;
    let worstPythagoras = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const u = uniform();
      const x = 10 ** (u * 600 - 300);
      worstLog = Math.max(worstLog, Math.abs(log(x) - Math.log(x)) / ulp(Math.log(x)));
      const y = u * 1400 - 700;
      worstExp = Math.max(worstExp, Math.abs(exp(y) - Math.exp(y)) / ulp(Math.exp(y)));
      const s = sinTurns(u);
      const c = cosTurns(u);
      // Math.sin(2π·u) also carries the rounding of 2π·u (up to 4.4e-16 near a whole turn).
      worstTurns = Math.max(worstTurns, Math.abs(s - Math.sin(2 * Math.PI * u)), Math.abs(c - Math.cos(2 * Math.PI * u)));
      worstPythagoras = Math.max(worstPythagoras, Math.abs(s * s + c * c - 1));
    }
    expect(worstLog).toBeLessThanOrEqual(1);
    expect(worstExp).toBeLessThanOrEqual(1);
    expect(worstTurns).toBeLessThan(1e-15);
    expect(worstPythagoras).toBeLessThan(5e-16);
  });
});

/** Every source file under a folder, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the engine rounds the same everywhere', () => {
  it('uses no Math function that engines may round differently (only + − × ÷, sqrt, rounding and portableMath)', () => {
    const loose = /Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\s*\(/;
    // `x ** y` too, but for a power of two (2 ** n is exact in every engine's pow).
    const power = /([\w.]+|\))\s*\*\*\s*[\w(]/g;
    const rounds = (line: string) => loose.test(line) || [...line.matchAll(power)].some((m) => m[1] !== '2');
    const offenders = [...sources('src/engine'), 'src/model/traffic.ts'].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line: line.trim() }))
        .filter(({ line }) => !line.startsWith('*') && !line.startsWith('/*') && !line.startsWith('//') && rounds(line)),
    );
    expect(offenders).toEqual([]);
  });
});
