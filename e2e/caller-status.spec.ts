import { readFileSync } from 'node:fs';
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
  // What the command line prints for this preset: its pinned summary (the same engine, seed and streams in Node).
  const pinned = JSON.parse(readFileSync('src/scenarios/__pinned__/summaries.json', 'utf8')) as Record<string, { resources: Record<string, { metrics: Record<string, number> }> }>;
  const expected504 = pinned['api-gateway-29s-timeout'].resources[id].metrics.Status504;
  expect(expected504).toBeGreaterThan(0);
  expect(await badgeCount(page, `badge-504-${id}`)).toBe(expected504);
  expect(await badgeCount(page, `badge-5xx-${id}`)).toBe(expected504);
  await expect(page.getByText('Status codes per second')).toBeVisible();
  await page.getByPlaceholder('Filter…').fill('First 504');
  await expect(page.getByText(/First 504 of the run: .*29 s integration timeout/)).toBeVisible();
});
