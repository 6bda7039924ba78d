import { expect, test } from '@playwright/test';
import { badgeCount, openApp, openPreset, runToEnd } from './scenarios-helpers';

test('the API Gateway 29 s preset, run to the end, shows its 504s on the caller, in a chart and in the log', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openPreset(page, 'API Gateway 29-second timeout');
  await runToEnd(page);
  const gateway = page.locator('[data-testid^="badge-504-"]');
  await expect(gateway).toBeVisible();
  const id = ((await gateway.getAttribute('data-testid')) ?? '').replace('badge-504-', '');
  // The command line prints Status504 55 for this preset.
  expect(await badgeCount(page, `badge-504-${id}`)).toBe(55);
  expect(await badgeCount(page, `badge-5xx-${id}`)).toBe(55);
  await expect(page.getByText('Status codes per second')).toBeVisible();
  await page.getByPlaceholder('Filter…').fill('First 504');
  await expect(page.getByText(/First 504 of the run: .*29 s integration timeout/)).toBeVisible();
});
