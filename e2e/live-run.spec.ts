import { expect, test } from '@playwright/test';
import type { ScenarioInput } from '../src/model';
import { badgeNumber, clockMs, openScenario, watchForErrors } from './screen-helpers';

/** Every kind of chart has something to plot: sync throttles and errors, async drops, a queue and a stream. */
const EVERYTHING: ScenarioInput = {
  schemaVersion: 2,
  name: 'Every chart',
  seed: 11,
  durationSeconds: 600,
  nodes: [
    { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 50 } } },
    {
      id: 'api',
      kind: 'function',
      position: { x: 300, y: 0 },
      config: { reservedConcurrency: 5, timeoutSeconds: 1, errorRate: 0.1, durationMs: { distribution: 'exponential', mean: 200 } },
    },
    { id: 'bucket', kind: 's3', position: { x: 0, y: 200 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 10 } } },
    { id: 'thumbs', kind: 'function', position: { x: 300, y: 200 }, config: { errorRate: 0.5, async: { maximumRetryAttempts: 0 } } },
    { id: 'queue', kind: 'sqs', position: { x: 0, y: 400 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 20 } } },
    { id: 'worker', kind: 'function', position: { x: 300, y: 400 }, config: {} },
    { id: 'stream', kind: 'kinesis', position: { x: 0, y: 600 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 20 } } },
    { id: 'reader', kind: 'function', position: { x: 300, y: 600 }, config: {} },
  ],
  edges: [
    { id: 'e1', source: 'alb', target: 'api', kind: 'trigger' },
    { id: 'e2', source: 'bucket', target: 'thumbs', kind: 'trigger' },
    { id: 'e3', source: 'queue', target: 'worker', kind: 'trigger' },
    { id: 'e4', source: 'stream', target: 'reader', kind: 'trigger' },
  ],
};

const CHARTS = ['concurrency', 'invocations', 'coldStarts', 'errors', 'duration', 'async', 'queues', 'iterator', 'cost'];

test('Play fills every chart and the event log', async ({ page }) => {
  const errors = watchForErrors(page);
  await openScenario(page, EVERYTHING);
  await page.getByLabel('Speed').selectOption('60');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockMs(page), { timeout: 30_000 }).toBeGreaterThan(60_000);
  await page.getByRole('button', { name: 'Pause' }).click();

  for (const id of CHARTS) {
    const chart = page.getByTestId(`chart-${id}`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart, `chart ${id}`).toHaveAttribute('data-has-data', 'true');
    // A drawn line: a path through several points (a flat line has no height, so no visibility check).
    await expect(chart.locator('.recharts-line-curve').first(), `chart ${id} draws a line`).toHaveAttribute('d', /^M[^L]+L.+L/);
  }
  const log = page.getByTestId('event-log');
  await expect(log).toContainText('REPORT');
  await expect(log).toContainText('Throttled');
  await expect(page.getByTestId('cost-so-far')).not.toContainText('So far $0.0000');
  expect(errors).toEqual([]);
});

test('raising reserved concurrency during a throttling run stops new throttles', async ({ page }) => {
  // 100 requests a second of 200 ms need about 20 executions (Little's law); 5 are reserved.
  await openScenario(page, {
    schemaVersion: 2,
    name: 'Throttling',
    durationSeconds: 3600,
    nodes: [
      { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'constant', ratePerSecond: 100 } } },
      { id: 'api', kind: 'function', position: { x: 320, y: 0 }, config: { reservedConcurrency: 5, durationMs: { distribution: 'fixed', value: 200 } } },
    ],
    edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => badgeNumber(page, 'badge-throttles-api')).toBeGreaterThan(100);

  await page.getByTestId('node-api').click();
  const reserved = page.getByRole('spinbutton', { name: 'Reserved concurrency' });
  await reserved.fill('3000');
  // Above the account's 1,000 less the 100 kept unreserved: refused inline, nothing sent.
  await expect(page.locator('[data-field="reservedConcurrency"]')).toContainText('at most 900');
  await reserved.fill('50');
  await expect(page.locator('[data-field="reservedConcurrency"] [role=alert]')).toHaveCount(0);
  await expect(page.getByTestId('badge-concurrency-api')).toContainText('/ 50');

  // Let requests already refused reach the counters, then watch a further stretch of simulated time.
  const clockAtChange = await clockMs(page);
  await expect.poll(() => clockMs(page)).toBeGreaterThan(clockAtChange + 3000);
  const throttlesAfterChange = await badgeNumber(page, 'badge-throttles-api');
  const clockBefore = await clockMs(page);
  await expect.poll(() => clockMs(page)).toBeGreaterThan(clockBefore + 20_000);
  expect(await badgeNumber(page, 'badge-throttles-api')).toBe(throttlesAfterChange);
  expect(await badgeNumber(page, 'badge-concurrency-api')).toBeGreaterThan(5);
});

test('run to end shows its progress and can be cancelled; the event log filters', async ({ page }) => {
  await openScenario(page, {
    schemaVersion: 2,
    name: 'A long day',
    durationSeconds: 30 * 24 * 3600,
    nodes: [
      { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 200 } } },
      { id: 'api', kind: 'function', position: { x: 320, y: 0 }, config: { reservedConcurrency: 10, durationMs: { distribution: 'fixed', value: 100 } } },
    ],
    edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
  });
  await page.getByRole('button', { name: 'Run to end' }).click();
  const progress = page.getByRole('progressbar', { name: 'Run progress' });
  await expect(progress).toBeVisible();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(10_000);
  await page.getByRole('button', { name: 'Cancel run to end' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('paused');
  await expect(progress).toHaveCount(0);
  const stoppedAt = await clockMs(page);
  expect(stoppedAt).toBeLessThan(30 * 24 * 3600 * 1000);

  const log = page.getByTestId('event-log');
  await expect(log.locator('li').first()).toBeVisible();
  await page.getByLabel('Filter the event log').fill('Throttled');
  await expect(log.locator('li').first()).toContainText('Throttled');
  for (const text of await log.locator('li').allTextContents()) expect(text).toContain('Throttled');
  await page.getByLabel('Event category').selectOption('report');
  await expect(log).toContainText('No event matches the filter');
});

test('a finished run shows its summary: the default function peaks at its reserved 20', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 60_000 });
  const summary = page.getByRole('region', { name: 'Run summary' });
  await expect(summary).toContainText('600 s simulated');
  const row = summary.getByRole('row', { name: /^api/ });
  // Cells after the row header: invocations, cold, throttles, errors, max concurrency, p99, cost.
  await expect(row.getByRole('cell').nth(4)).toHaveText('20');
  expect(Number((await row.getByRole('cell').nth(2).textContent())?.replace(/,/g, ''))).toBeGreaterThan(0);
});
