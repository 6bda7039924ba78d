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
