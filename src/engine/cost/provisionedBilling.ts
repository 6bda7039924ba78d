/**
 * §10.1: provisioned concurrency "is calculated from the time you enable it
 * on your function until it is disabled, rounded up to the nearest five
 * minutes". The engine bills the time environments are allocated as it
 * passes; this span adds what the rounding owes when PC is switched off or
 * the run ends, at the level last configured.
 */
export const PROVISIONED_BILLING_BLOCK_MS = 300_000;

export class ProvisionedBillingSpan {
  private sinceMs: number | null = null;
  private level = 0;
  private owedEnvironmentMs = 0;

  /** The allocated provisioned environments changed to `allocated` at `nowMs`. */
  change(nowMs: number, allocated: number): void {
    if (allocated > 0) {
      if (this.sinceMs === null) this.sinceMs = nowMs;
      this.level = allocated;
    } else {
      this.close(nowMs);
    }
  }

  /** PC disabled, or the run over: the rest of the last 5-minute block is owed. */
  close(nowMs: number): void {
    if (this.sinceMs === null) return;
    const spanMs = nowMs - this.sinceMs;
    const billedMs = Math.ceil(spanMs / PROVISIONED_BILLING_BLOCK_MS) * PROVISIONED_BILLING_BLOCK_MS;
    this.owedEnvironmentMs += (billedMs - spanMs) * this.level;
    this.sinceMs = null;
  }

  /** Environment-milliseconds owed by the rounding since the last call. */
  takeOwedEnvironmentMs(): number {
    const owed = this.owedEnvironmentMs;
    this.owedEnvironmentMs = 0;
    return owed;
  }
}
