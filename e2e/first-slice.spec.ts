import { expect, test, type Page } from '@playwright/test';
import { SUB_PATH_URL } from '../playwright.config';
import { badgeNumber, clockMs, watchForErrors } from './screen-helpers';

type WithViolations = { cspViolations: string[] };

async function firstSlice(page: Page, url: string) {
  const errors = watchForErrors(page);
  // Record Content-Security-Policy violations from the first script on.
  await page.addInitScript(() => {
    const w = window as unknown as WithViolations;
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  // The built page carries the policy (added at build time only).
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);

  // The default scenario: an ALB wired to one function "api" with reserved concurrency 20.
  await expect(page.getByTestId('node-alb')).toBeVisible();
  await expect(page.getByTestId('node-api')).toBeVisible();
  await expect(page.getByTestId('badge-concurrency-api')).toHaveText('– / 20');
  await expect(page.getByTestId('clock')).toHaveAttribute('data-ms', '0');
  const concurrencyChart = page.getByTestId('chart-concurrency');
  await expect(concurrencyChart).toHaveAttribute('data-has-data', 'false');

  await page.getByRole('button', { name: 'Play' }).click();
  // 100 requests a second at 200 ms each need about 20 executions (Little's law): the badge climbs above 0.
  await expect.poll(() => badgeNumber(page, 'badge-concurrency-api')).toBeGreaterThan(0);
  await expect(concurrencyChart).toHaveAttribute('data-has-data', 'true');
  // A drawn line through several points (a flat line has no height, so no visibility check).
  await expect(concurrencyChart.locator('.recharts-line-curve').first()).toHaveAttribute('d', /^M[^L]+L.+L/);
  await expect.poll(() => clockMs(page)).toBeGreaterThan(2000);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('paused');
  const paused = await clockMs(page);
  await page.waitForTimeout(700);
  expect(await clockMs(page)).toBe(paused);

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('clock')).toHaveAttribute('data-ms', '0');
  await expect(page.getByTestId('run-status')).toHaveText('idle');
  await expect(concurrencyChart).toHaveAttribute('data-has-data', 'false');

  expect(errors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as WithViolations).cspViolations)).toEqual([]);
}

test('the default scenario runs: chart and badge move, Pause stops the clock, Reset clears it', async ({ page }) => {
  await firstSlice(page, './');
});

test('the same from a sub-path, as a static host under a prefix serves it', async ({ page }) => {
  await firstSlice(page, SUB_PATH_URL);
});
