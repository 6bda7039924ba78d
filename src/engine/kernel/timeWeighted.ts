/** A quantity that changes at instants, with its time-average kept exactly (∫ value dt). */
export class TimeWeighted {
  value = 0;
  max = 0;
  private integral = 0;
  private lastMs = 0;

  set(nowMs: number, value: number): void {
    this.integral += this.value * (nowMs - this.lastMs);
    this.lastMs = nowMs;
    this.value = value;
    if (value > this.max) this.max = value;
  }

  add(nowMs: number, delta: number): void {
    this.set(nowMs, this.value + delta);
  }

  /** Takes back time counted in excess: a unit that really ended `overMs` before it was removed. */
  correct(units: number, overMs: number): void {
    this.integral -= units * overMs;
  }

  /** ∫ value dt from 0 to `nowMs` (in value·ms). */
  integralTo(nowMs: number): number {
    return this.integral + this.value * (nowMs - this.lastMs);
  }

  meanTo(nowMs: number): number {
    return nowMs > 0 ? this.integralTo(nowMs) / nowMs : 0;
  }
}
