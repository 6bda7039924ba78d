import type { TenantIsolation } from '../../model';
import { exp, log } from '../kernel/portableMath';
import type { SeededRng } from '../kernel/rng';
import type { Routing } from './environmentPool';
import { IdlePool } from './environmentPool';
import type { ExecutionEnvironment } from './executionEnvironment';

/**
 * Tenant isolation mode (lambda-model.md, December 2026 additions; AWS docs "Tenant isolation"):
 * "Lambda first attempts to locate an available execution environment associated with that tenant
 * identifier. If no execution environments exist, Lambda creates and assigns a new execution
 * environment to that tenant." Environments are never shared between tenants.
 *
 * Draws each invocation's tenant from the function's own `tenants` stream: uniformly among
 * `tenants`, or Zipf (tenant k, from 1, with weight 1 / k^skew) by inverting the cumulative weights.
 */
export class TenantDraw {
  private readonly cumulative: Float64Array | null;

  constructor(
    readonly config: TenantIsolation,
    private readonly rng: SeededRng,
  ) {
    if (config.distribution === 'zipf' && config.tenants > 1) {
      const c = new Float64Array(config.tenants);
      let sum = 0;
      for (let k = 0; k < config.tenants; k++) c[k] = sum += exp(-config.skew * log(k + 1)); // (k + 1)^−skew, rounded the same in every engine
      for (let k = 0; k < config.tenants; k++) c[k] /= sum;
      this.cumulative = c;
    } else this.cumulative = null;
  }

  /** A tenant id in 0 … tenants − 1. One tenant draws nothing. */
  next(): number {
    const n = this.config.tenants;
    if (n === 1) return 0;
    const c = this.cumulative;
    if (c === null) return this.rng.int(n);
    const u = this.rng.next();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * The idle on-demand environments of a function, one pool per tenant (a single pool, tenant 0, when
 * isolation is off). A request takes only from its own tenant's pool.
 */
export class TenantPools {
  private readonly pools = new Map<number, IdlePool>();
  private idleCount = 0;

  constructor(
    private routing: Routing,
    private readonly rng: SeededRng,
  ) {}

  get size(): number {
    return this.idleCount;
  }
  /** Tenants that ever had an environment. */
  get tenantsWithEnvironments(): number {
    return this.pools.size;
  }

  private pool(tenant: number): IdlePool {
    let p = this.pools.get(tenant);
    if (!p) {
      p = new IdlePool(this.routing, this.rng);
      this.pools.set(tenant, p);
    }
    return p;
  }

  put(env: ExecutionEnvironment): void {
    this.pool(env.tenant).put(env);
    this.idleCount++;
  }

  take(tenant: number, nowMs: number, retire: (env: ExecutionEnvironment) => void): ExecutionEnvironment | null {
    const p = this.pools.get(tenant);
    if (!p || p.size === 0) return null;
    const before = p.size;
    const env = p.take(nowMs, retire);
    this.idleCount -= before - p.size;
    return env;
  }

  sweep(nowMs: number, retire: (env: ExecutionEnvironment) => void): void {
    let count = 0;
    for (const p of this.pools.values()) {
      if (p.size > 0) p.sweep(nowMs, retire);
      count += p.size;
    }
    this.idleCount = count;
  }

  drain(): ExecutionEnvironment[] {
    const out: ExecutionEnvironment[] = [];
    for (const p of this.pools.values()) for (const env of p.drain()) out.push(env);
    this.idleCount = 0;
    return out;
  }

  setRouting(routing: Routing): void {
    this.routing = routing;
    for (const p of this.pools.values()) p.setRouting(routing);
  }
}
