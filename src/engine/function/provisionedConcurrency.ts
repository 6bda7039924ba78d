import { TokenBucket } from '../concurrency/tokenBucket';
import type { SimKernel } from '../kernel/kernel';
import type { ExecutionEnvironment } from './executionEnvironment';

/**
 * §1.3: "Lambda starts allocating provisioned concurrency after a minute or
 * two of preparation" and provisions up to 6,000 environments a minute; none
 * is usable until the whole allocation is done. We take the middle of "a
 * minute or two" (90 s) plus 100 environments per second.
 */
export const PROVISIONING_PREPARATION_MS = 90_000;
export const PROVISIONING_PER_SECOND = 100;
/**
 * §1.3: provisioned concurrency also spills over on rate: "an allocation of 10
 * spills over into on-demand concurrency after 10 concurrency or 100 requests
 * per second, whichever happens first" (10 requests per second per environment).
 */
export const PROVISIONED_REQUESTS_PER_SECOND_PER_ENVIRONMENT = 10;

/** What provisioned concurrency needs from its function. */
export interface ProvisionedOwner {
  readonly id: string;
  createEnvironment(provisioned: true): ExecutionEnvironment;
  retire(env: ExecutionEnvironment, endedMs: number): void;
  readonly stats: { provisionedReady: { set(nowMs: number, v: number): void } };
  onProvisionedChange(): void;
}

/**
 * A function's provisioned environments: ready at t = 0 when the scenario
 * configures them, allocated after the documented delay when raised during a
 * run, retired at once (idle) or after their request (busy) when lowered.
 * They are never reaped for idleness; INIT is covered by the provisioned
 * charge (§2.4).
 */
export class ProvisionedConcurrency {
  target = 0;
  allocated = 0;
  busy = 0;
  private readonly idle: ExecutionEnvironment[] = [];
  private generation = 0;
  private readonly rate = new TokenBucket(0, 0);

  constructor(
    private readonly owner: ProvisionedOwner,
    private readonly kernel: SimKernel,
  ) {}

  get ownerId(): string {
    return this.owner.id;
  }

  startWith(count: number): void {
    this.target = count;
    this.allocate(count);
  }

  takeIdle(): ExecutionEnvironment | null {
    if (this.idle.length === 0 || !this.rate.tryTake(this.kernel.now)) return null;
    const env = this.idle.pop()!;
    this.busy++;
    return env;
  }

  /** A provisioned environment's request ended: true when it stays provisioned. */
  giveBack(env: ExecutionEnvironment): boolean {
    this.busy--;
    if (this.allocated > this.target) {
      this.allocated--;
      this.changed();
      return false;
    }
    env.state = 'idle';
    this.idle.push(env);
    return true;
  }

  setTarget(count: number): void {
    this.target = count;
    this.generation++;
    while (this.allocated > count && this.idle.length > 0) {
      this.owner.retire(this.idle.pop()!, this.kernel.now);
      this.allocated--;
    }
    this.changed();
    if (count > this.allocated) {
      const missing = count - this.allocated;
      const readyAtMs = this.kernel.now + PROVISIONING_PREPARATION_MS + (missing / PROVISIONING_PER_SECOND) * 1000;
      this.kernel.schedule(readyAtMs, this, this.generation);
    }
  }

  fire(generation: number): void {
    if (generation !== this.generation) return;
    this.allocate(this.target - this.allocated);
  }

  private allocate(count: number): void {
    for (let i = 0; i < count; i++) {
      const env = this.owner.createEnvironment(true);
      env.state = 'idle';
      this.idle.push(env);
      this.allocated++;
    }
    this.changed();
  }

  private changed(): void {
    const rps = this.allocated * PROVISIONED_REQUESTS_PER_SECOND_PER_ENVIRONMENT;
    this.rate.reconfigure(this.kernel.now, rps, rps);
    this.owner.stats.provisionedReady.set(this.kernel.now, this.allocated);
    this.owner.onProvisionedChange();
  }
}
