import { expect, test } from '@playwright/test';
import { clockMs } from './screen-helpers';

test('when the simulation worker cannot start, the screen says so, keeps the diagram and restarts it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('node-api')).toBeVisible();
  // The static host loses the worker's file: the browser cannot start it.
  await page.route(/simulation\.worker[^/]*\.js/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.getByRole('button', { name: 'Play' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Your diagram is kept');
  await expect(page.getByTestId('node-api')).toBeVisible();
  await expect(page.getByTestId('node-alb')).toBeVisible();

  await page.unroute(/simulation\.worker[^/]*\.js/);
  await page.getByRole('button', { name: 'Restart the simulation' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(1000);
});

test('a worker closed mid-run is noticed: the banner says so, the diagram stays, Restart and a new run work', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('node-api')).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(1000);
  const workers = page.workers();
  expect(workers.length).toBeGreaterThan(0);
  // The worker ends itself, as a crashed or killed one would: no error reaches the page, the frames just stop.
  await Promise.all(workers.map((w) => w.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined)));
  const banner = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(banner).toContainText('sent nothing for 5 seconds while running');
  await expect(banner).toContainText('Your diagram is kept');
  await expect(page.getByTestId('run-status')).not.toHaveText('running');
  await expect(page.getByTestId('node-api')).toBeVisible();
  await expect(page.getByTestId('node-alb')).toBeVisible();

  await page.getByRole('button', { name: 'Restart the simulation' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(1000);
  await expect(page.getByTestId('run-status')).toHaveText('running');
});
