import { describe, expect, it } from 'vitest';
import { trafficSchema } from '../../model';
import { formatRunLength, summarizeTraffic, trafficPreviewPoints, trafficSummaryText } from './trafficPreview';

const REQUESTS = { short: 'req', plural: 'requests' };

/** 10 rps, a step to 50 at 60 s, then a ramp from 120 s to 180 s up to 100 rps. */
const worked = trafficSchema.parse({
  pattern: 'constant',
  ratePerSecond: 10,
  steps: [{ atSeconds: 60, ratePerSecond: 50 }],
  ramp: { startSeconds: 120, endSeconds: 180, toRatePerSecond: 100 },
});

describe('trafficPreviewPoints', () => {
  it('samples the worked example at the values worked out by hand', () => {
    const points = trafficPreviewPoints(worked, 240, 9);
    const at = (t: number) => points.find((p) => p.tSeconds === t)?.ratePerSecond;
    // Before the step 10; after it 50; the ramp starts from 50 and is halfway (75) at 150 s; 100 from 180 s.
    const byHand: [number, number][] = [[0, 10], [30, 10], [60, 50], [90, 50], [120, 50], [150, 75], [180, 100], [210, 100], [240, 100]];
    for (const [t, rate] of byHand) expect(at(t), `rate at ${t} s`).toBeCloseTo(rate, 9);
  });

  it('adds a point just before each step, so the line rises straight up at 60 s', () => {
    const points = trafficPreviewPoints(worked, 240, 9);
    expect(points).toHaveLength(10);
    const before = points[points.findIndex((p) => p.tSeconds === 60) - 1];
    expect(before.tSeconds).toBeLessThan(60);
    expect(before.tSeconds).toBeGreaterThan(59.999);
    expect(before.ratePerSecond).toBe(10);
    for (let i = 1; i < points.length; i++) expect(points[i].tSeconds).toBeGreaterThan(points[i - 1].tSeconds);
  });
});

describe('summarizeTraffic', () => {
  it('peak 100 at 3:00 and 14,100 requests: 10x60 + 50x60 + 75x60 (ramp average) + 100x60', () => {
    const summary = summarizeTraffic(worked, 240);
    expect(summary.peakRatePerSecond).toBeCloseTo(100, 9);
    expect(summary.peakAtSeconds).toBe(180);
    expect(summary.expectedCount).toBeCloseTo(14_100, 6);
    expect(trafficSummaryText(summary, 240, REQUESTS)).toBe('peak 100 req/s at 3:00; 14,100 expected requests over 4 min');
  });

  it('counts a burst inside the run and leaves out one after it', () => {
    const traffic = trafficSchema.parse({ ...worked, bursts: [{ atSeconds: 200, count: 500 }, { atSeconds: 300, count: 7 }] });
    const summary = summarizeTraffic(traffic, 240);
    expect(summary.expectedCount).toBeCloseTo(14_600, 6);
    expect(summary.burstsInRun).toEqual([{ atSeconds: 200, count: 500, spreadSeconds: 0 }]);
    expect(trafficSummaryText(summary, 240, REQUESTS)).toBe('peak 100 req/s at 3:00; 14,600 expected requests over 4 min (a burst of 500 at 3:20)');
  });

  it('a daily cycle of amplitude 0.5 peaks at 1.5x the base at its peak hour; a whole day averages the base', () => {
    const traffic = trafficSchema.parse({ ratePerSecond: 100, dailyCycle: { amplitude: 0.5, peakHourUTC: 12 } });
    const summary = summarizeTraffic(traffic, 86_400);
    expect(summary.peakRatePerSecond).toBeCloseTo(150, 9);
    expect(summary.peakAtSeconds).toBe(12 * 3600);
    expect(summary.expectedCount).toBeCloseTo(8_640_000, 0);
    expect(trafficSummaryText(summary, 86_400, REQUESTS)).toBe('peak 150 req/s at 12:00:00; 8,640,000 expected requests over 1 d');
  });

  it('a step after the end of the run does not count as its peak', () => {
    const traffic = trafficSchema.parse({ ratePerSecond: 5, steps: [{ atSeconds: 900, ratePerSecond: 500 }] });
    const summary = summarizeTraffic(traffic, 600);
    expect(summary.peakRatePerSecond).toBe(5);
    expect(summary.peakAtSeconds).toBe(0);
    expect(summary.expectedCount).toBeCloseTo(3000, 6);
  });
});

describe('formatting', () => {
  it('writes run lengths in the largest whole unit', () => {
    expect(formatRunLength(90)).toBe('90 s');
    expect(formatRunLength(600)).toBe('10 min');
    expect(formatRunLength(3600)).toBe('1 h');
    expect(formatRunLength(5400)).toBe('90 min');
  });
});

it('a source with no traffic of its own says so', () => {
  const traffic = trafficSchema.parse({ ratePerSecond: 0 });
  expect(trafficSummaryText(summarizeTraffic(traffic, 600), 600, { short: 'msg', plural: 'messages' })).toBe('no messages of its own over 10 min (rate 0)');
});

it('bursts alone: no steady rate, the burst named with its spread; several bursts counted', () => {
  // The current-scaling preset's shape: nothing but 10,000 requests over 5 s at 0:01.
  const one = trafficSchema.parse({ ratePerSecond: 0, bursts: [{ atSeconds: 1, count: 10_000, spreadSeconds: 5 }] });
  expect(trafficSummaryText(summarizeTraffic(one, 120), 120, { short: 'req', plural: 'requests' })).toBe(
    'no steady rate; 10,000 expected requests over 2 min (a burst of 10,000 at 0:01 over 5 s)',
  );
  const two = trafficSchema.parse({ ratePerSecond: 2, bursts: [{ atSeconds: 120, count: 400 }, { atSeconds: 900, count: 400 }] });
  // 2 x 1,800 + 400 + 400.
  expect(trafficSummaryText(summarizeTraffic(two, 1800), 1800, { short: 'req', plural: 'requests' })).toBe(
    'peak 2 req/s at 0:00; 4,400 expected requests over 30 min (2 bursts included)',
  );
});
