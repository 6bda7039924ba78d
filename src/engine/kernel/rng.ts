import type { Distribution } from '../../model';
import type { Rng } from '../ports';
import { cosTurns, exp, log, sinTurns } from './portableMath';

/** Part 1: a lognormal is given by its median and 99th percentile; z(0.99) = 2.3263. */
const Z_99 = 2.3263;

/**
 * Logarithms, exponentials and sines come from portableMath, not Math: the
 * engines of Node and of each browser round those differently in the last bit.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state),
 * seeded through splitmix32. Pure 32-bit integer arithmetic, so Node and every
 * browser produce the same stream for the same seed.
 */
export class SeededRng implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  exponential(mean: number): number {
    return -mean * log(1 - this.next());
  }

  /** Standard normal, Box–Muller (the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return z;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * log(u));
    this.spareNormal = r * sinTurns(v);
    return r * cosTurns(v);
  }

  sample(d: Distribution): number {
    switch (d.distribution) {
      case 'fixed':
        return d.value;
      case 'exponential':
        return this.exponential(d.mean);
      case 'uniform':
        return d.min + (d.max - d.min) * this.next();
      case 'lognormal': {
        const sigma = log(d.p99 / d.p50) / Z_99;
        return d.p50 * exp(sigma * this.normal());
      }
    }
  }

  /**
   * Exact for small batches (one trial per record, or inversion of the
   * probability mass function when n·p is small); a rounded normal draw for
   * large n·p(1−p), where the binomial is normal to within a record.
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (n <= 32) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const mean = n * p;
    if (mean < 30) {
      // Inversion: walk the mass function P(k) = P(k-1) · (n-k+1)/k · p/(1-p).
      const q = 1 - p;
      let pk = exp(n * log(q));
      let cumulative = pk;
      const u = this.next();
      let k = 0;
      while (u > cumulative && k < n) {
        k++;
        pk *= ((n - k + 1) / k) * (p / q);
        cumulative += pk;
      }
      return k;
    }
    const k = Math.round(mean + Math.sqrt(mean * (1 - p)) * this.normal());
    return Math.min(n, Math.max(0, k));
  }
}
