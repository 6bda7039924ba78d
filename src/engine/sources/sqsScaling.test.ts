import { describe, expect, it } from 'vitest';
import { PollerScaler, pollerRules } from './sqsScaling';

function targetsOverMinutes(scaler: PollerScaler, minutes: number): number[] {
  const out = [scaler.target];
  for (let m = 0; m < minutes; m++) {
    scaler.onMinute(true, scaler.target);
    out.push(scaler.target);
  }
  return out;
}

describe('SQS poller scaling under a backlog (§6.1)', () => {
  it('current: 5 batches, then +300 a minute up to 1,250', () => {
    expect(targetsOverMinutes(new PollerScaler(pollerRules('current'), null), 6)).toEqual([5, 305, 605, 905, 1205, 1250, 1250]);
  });

  it('legacy: 5 batches, then +60 a minute up to 1,000', () => {
    const targets = targetsOverMinutes(new PollerScaler(pollerRules('legacy'), null), 18);
    expect(targets.slice(0, 4)).toEqual([5, 65, 125, 185]);
    // 5 + 60 × 16 = 965; the 17th minute reaches the 1,000 ceiling.
    expect(targets[16]).toBe(965);
    expect(targets[17]).toBe(1000);
    expect(targets[18]).toBe(1000);
  });

  it('maximumConcurrency caps the mapping, including the initial five', () => {
    expect(targetsOverMinutes(new PollerScaler(pollerRules('current'), 50), 2)).toEqual([5, 50, 50]);
    expect(targetsOverMinutes(new PollerScaler(pollerRules('current'), 2), 1)).toEqual([2, 2]);
  });

  it('scales back down to what was used, never below five, when the queue runs dry', () => {
    const scaler = new PollerScaler(pollerRules('current'), null);
    scaler.onMinute(true, 5);
    scaler.onMinute(true, 305);
    expect(scaler.target).toBe(605);
    scaler.onMinute(false, 40);
    expect(scaler.target).toBe(40);
    scaler.onMinute(false, 0);
    expect(scaler.target).toBe(5);
  });

  it('backs off one batch per throttle or function error, down to five', () => {
    const scaler = new PollerScaler(pollerRules('current'), null);
    scaler.onMinute(true, 5);
    for (let i = 0; i < 100; i++) scaler.backOff();
    expect(scaler.target).toBe(205);
    for (let i = 0; i < 1000; i++) scaler.backOff();
    expect(scaler.target).toBe(5);
  });

  it('FIFO: no ramp; the cap is the maximum concurrency, else 1,250 (groups cap it further, §6.2)', () => {
    expect(targetsOverMinutes(new PollerScaler(pollerRules('current', true), null), 1)).toEqual([1250, 1250]);
    expect(targetsOverMinutes(new PollerScaler(pollerRules('current', true), 10), 1)).toEqual([10, 10]);
  });
});
