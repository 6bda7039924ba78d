import type { Account } from '../../model';
import { createLegacyBurstBucket } from './legacyBurst';
import { TokenBucket } from './tokenBucket';
import { TimeWeighted } from '../kernel/timeWeighted';
import type { MetricHandle } from '../ports';

/** §1.1: synchronous requests per second across the account are capped at 10 × account concurrency. */
export const REQUESTS_PER_SECOND_PER_CONCURRENCY = 10;

/** What the account needs to know of each function to share its concurrency. */
export interface PoolMember {
  /** null: the function has no reservation and draws from the unreserved pool. */
  readonly reservedConcurrency: number | null;
  /** Provisioned concurrency configured (or still allocated beyond it); that of a function without reservation is claimed from the unreserved pool. */
  readonly provisionedClaimed: number;
}

/**
 * The account's concurrency (§1.1, §1.2): reserved concurrency is both floor
 * and ceiling of its function, so the functions without a reservation share
 * what is left: limit − Σ reserved − Σ provisioned of unreserved functions
 * (ClaimedAccountConcurrency, §12). Also the account-wide rate rules: the
 * requests-per-second cap and, in the legacy model, the scaling burst.
 */
export class AccountPool {
  limit: number;
  /** Busy on-demand environments of functions without reservation. */
  unreservedBusy = 0;
  /** Busy environments of every function. */
  totalBusy = 0;
  private readonly members: PoolMember[] = [];
  private claimedCache = -1;
  private readonly rpsBucket: TokenBucket;
  readonly legacyBurst: TokenBucket | null;
  private rpsLimitEnabled: boolean;
  /** Account-wide busy environments over time, for the summary. */
  readonly concurrency = new TimeWeighted();
  /** Per-tick gauges, set by the simulation. */
  gauges: { concurrency: MetricHandle; unreserved: MetricHandle; claimed: MetricHandle } | null = null;

  constructor(account: Account) {
    this.limit = account.concurrencyLimit;
    this.rpsLimitEnabled = account.requestsPerSecondLimitEnabled;
    const rps = REQUESTS_PER_SECOND_PER_CONCURRENCY * this.limit;
    // A full bucket that also refilled from t = 0 would admit about 2 × the cap in the first second: it refills from 1 s.
    this.rpsBucket = new TokenBucket(rps, rps, rps, 1000);
    this.legacyBurst = account.scalingModel === 'legacy' ? createLegacyBurstBucket(account.legacyBurstConcurrency) : null;
  }

  /** An environment of a function became busy (+1) or free (−1). */
  changeBusy(nowMs: number, delta: number, unreserved: boolean): void {
    this.totalBusy += delta;
    if (unreserved) this.unreservedBusy += delta;
    this.concurrency.set(nowMs, this.totalBusy);
    // A peak can only be reached on the way up; `refreshGauges` at each tick's end carries the level on.
    if (delta > 0) this.refreshGauges();
  }

  refreshGauges(): void {
    const g = this.gauges;
    if (g) {
      g.concurrency.set(this.totalBusy);
      g.unreserved.set(this.unreservedBusy);
      g.claimed.set(this.unreservedBusy + this.claimedAllocation());
    }
  }

  join(member: PoolMember): void {
    this.members.push(member);
    this.invalidate();
  }

  /** Concurrency reserved by functions plus provisioned concurrency claimed by functions without reservation. */
  claimedAllocation(): number {
    if (this.claimedCache < 0) {
      let claimed = 0;
      for (const m of this.members) claimed += m.reservedConcurrency ?? m.provisionedClaimed;
      this.claimedCache = claimed;
    }
    return this.claimedCache;
  }

  /** A function's reservation or provisioned allocation changed. */
  invalidate(): void {
    this.claimedCache = -1;
  }

  /** How many on-demand environments the unreserved functions may have busy together. */
  unreservedCapacity(): number {
    return Math.max(0, this.limit - this.claimedAllocation());
  }

  hasUnreservedRoom(): boolean {
    // The account limit binds too: after a live change of a reservation, invocations started under the old one still run.
    return this.unreservedBusy < this.unreservedCapacity() && this.totalBusy < this.limit;
  }

  /** One synchronous request against the account's requests-per-second cap. */
  admitRequest(nowMs: number): boolean {
    return !this.rpsLimitEnabled || this.rpsBucket.tryTake(nowMs);
  }

  setAccount(nowMs: number, account: Account): void {
    this.limit = account.concurrencyLimit;
    this.rpsLimitEnabled = account.requestsPerSecondLimitEnabled;
    const rps = REQUESTS_PER_SECOND_PER_CONCURRENCY * this.limit;
    this.rpsBucket.reconfigure(nowMs, rps, rps);
  }
}
