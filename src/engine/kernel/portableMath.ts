/**
 * Logarithm, exponential, sine and cosine that give the same bits in every
 * JavaScript engine. `Math.log`, `Math.exp`, `Math.sin`, `Math.cos` and
 * `Math.pow` are only required to be approximations, and engines differ in
 * the last bit: Node 20 and Chromium 156 disagree on about one `Math.exp` in
 * ten, which moved the last digits of time-averages (mean concurrency) between
 * a run on the command line and the same run in the browser. These functions
 * use only what IEEE 754 fixes exactly (+, −, ×, ÷, comparisons, rounding to
 * an integer, and the bits of a double), so a seed gives the same numbers
 * everywhere.
 *
 * `log` and `exp` are fdlibm's e_log.c and e_exp.c (Sun Microsystems, 1993;
 * "Permission to use, copy, modify, and distribute this software is freely
 * granted, provided that this notice is preserved"), error below 1 ulp. The
 * sine and cosine take their angle in turns (sinTurns(t) = sin 2πt), so the
 * reduction to a quarter turn is exact; the polynomials are FreeBSD's
 * k_sin.c and k_cos.c (same notice). Each constant is written by its bits.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Which 32-bit half holds the sign and exponent (the platform's byte order). */
const HI = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The double whose high and low 32-bit words are `hi` and `lo`. */
export function fromBits(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** The two 32-bit words of a double, high first. */
export function bitsOf(x: number): [number, number] {
  f64[0] = x;
  return [u32[HI], u32[LO]];
}

const LN2_HI = fromBits(0x3fe62e42, 0xfee00000); // 6.93147180369123816490e-01
const LN2_LO = fromBits(0x3dea39ef, 0x35793c76); // 1.90821492927058770002e-10
const TWO54 = fromBits(0x43500000, 0x00000000); // 2^54
const LG1 = fromBits(0x3fe55555, 0x55555593);
const LG2 = fromBits(0x3fd99999, 0x9997fa04);
const LG3 = fromBits(0x3fd24924, 0x94229359);
const LG4 = fromBits(0x3fcc71c5, 0x1d8e78af);
const LG5 = fromBits(0x3fc74664, 0x96cb03de);
const LG6 = fromBits(0x3fc39a09, 0xd078c69f);
const LG7 = fromBits(0x3fc2f112, 0xdf3e5244);
const ONE_THIRD = fromBits(0x3fd55555, 0x55555555);

/** Natural logarithm (fdlibm __ieee754_log). */
export function log(x: number): number {
  f64[0] = x;
  let hx = u32[HI] | 0;
  const lx = u32[LO];
  let k = 0;
  if (hx < 0x00100000) {
    // Zero, negative or subnormal.
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    f64[0] = x;
    hx = u32[HI] | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // x scaled into [sqrt(2)/2, sqrt(2)).
  u32[HI] = hx | (i ^ 0x3ff00000);
  k += i >> 20;
  const f = f64[0] - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - ONE_THIRD * f);
    return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

const O_THRESHOLD = fromBits(0x40862e42, 0xfefa39ef); // 709.78...
const U_THRESHOLD = fromBits(0xc0874910, 0xd52d3051); // -745.13...
const INV_LN2 = fromBits(0x3ff71547, 0x652b82fe);
const P1 = fromBits(0x3fc55555, 0x5555553e);
const P2 = fromBits(0xbf66c16c, 0x16bebd93);
const P3 = fromBits(0x3f11566a, 0xaf25de2c);
const P4 = fromBits(0xbebbbd41, 0xc5d26bf1);
const P5 = fromBits(0x3e663769, 0x72bea4d0);
const TWO_M1000 = fromBits(0x01700000, 0); // 2^-1000

/** e^x (fdlibm __ieee754_exp). */
export function exp(x: number): number {
  f64[0] = x;
  const whole = u32[HI];
  const negative = whole >>> 31 === 1;
  const hx = whole & 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78: NaN, ±Infinity, overflow or underflow.
    if (hx >= 0x7ff00000) return ((hx & 0xfffff) | u32[LO]) !== 0 ? x + x : negative ? 0 : x;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: x = k·ln2 + r, |r| ≤ ln2 / 2.
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  // y · 2^k, exactly (a power of two), in two steps when 2^k alone would overflow or be subnormal.
  if (k > 1023) return y * 2 * fromBits(0x7fe00000, 0);
  if (k >= -1021) return y * fromBits((k + 1023) << 20, 0);
  return y * fromBits((k + 2023) << 20, 0) * TWO_M1000;
}

const S1 = fromBits(0xbfc55555, 0x55555549);
const S2 = fromBits(0x3f811111, 0x1110f8a6);
const S3 = fromBits(0xbf2a01a0, 0x19c161d5);
const S4 = fromBits(0x3ec71de3, 0x57b1fe7d);
const S5 = fromBits(0xbe5ae5e6, 0x8a2b9ceb);
const S6 = fromBits(0x3de5d93a, 0x5acfd57c);
const C1 = fromBits(0x3fa55555, 0x5555554c);
const C2 = fromBits(0xbf56c16c, 0x16c15177);
const C3 = fromBits(0x3efa01a0, 0x19cb1590);
const C4 = fromBits(0xbe927e4f, 0x809c52ad);
const C5 = fromBits(0x3e21ee9e, 0xbdb4b1c4);
const C6 = fromBits(0xbda8fae9, 0xbe8838d4);
/** 2π rounded to a double (Math.PI · 2 is exact). */
const TWO_PI = fromBits(0x401921fb, 0x54442d18);

/** sin x for |x| ≤ π/4 (FreeBSD __kernel_sin, y = 0). */
function kernelSin(x: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  return x + z * x * (S1 + z * r);
}

/** cos x for |x| ≤ π/4 (FreeBSD __kernel_cos, y = 0). */
function kernelCos(x: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  const v = 1 - hz;
  return v + (1 - v - hz + z * r);
}

/**
 * The quarter turn of `t` (0 to 3) and the angle left, in radians, within ±π/4.
 * t − round(t) and r − q/4 are exact in binary floating point; only the last
 * product by 2π rounds.
 */
let reducedRadians = 0;
function reduceTurns(t: number): number {
  const r = t - Math.round(t);
  const q = Math.round(r * 4);
  reducedRadians = (r - q * 0.25) * TWO_PI;
  return q & 3;
}

/** sin 2πt: the sine of `t` turns. */
export function sinTurns(t: number): number {
  if (!Number.isFinite(t)) return NaN;
  const quarter = reduceTurns(t);
  const x = reducedRadians;
  // 0 − y rather than −y: a whole or half turn gives +0, as the sine of 0 does.
  return quarter === 0 ? kernelSin(x) : quarter === 1 ? kernelCos(x) : quarter === 2 ? 0 - kernelSin(x) : 0 - kernelCos(x);
}

/** cos 2πt: the cosine of `t` turns. */
export function cosTurns(t: number): number {
  if (!Number.isFinite(t)) return NaN;
  const quarter = reduceTurns(t);
  const x = reducedRadians;
  return quarter === 0 ? kernelCos(x) : quarter === 1 ? 0 - kernelSin(x) : quarter === 2 ? 0 - kernelCos(x) : kernelSin(x);
}
