import { expect, test } from '@playwright/test';
import { openApp, openPreset } from './scenarios-helpers';

test('the review panel lists a preset\'s findings, highlights their nodes and applies a fix (undoable)', async ({ page }) => {
  await openApp(page);
  const panel = page.locator('details.lp-review');
  await expect(panel.locator('summary')).toHaveText('Review: 0 findings');
  await openPreset(page, 'Reserved concurrency + SQS: messages dead-lettered unprocessed');
  await expect(panel.locator('summary')).toHaveText('Review: 2 findings');
  await panel.locator('summary').click();
  const item = panel.locator('li', { hasText: 'sqs-reserved-without-maximum-concurrency' });
  await expect(item).toContainText('Fix: Set maximumConcurrency 5');
  await expect(item.getByRole('link', { name: 'AWS docs' })).toHaveAttribute('href', /services-sqs-scaling\.html$/);
  await item.getByRole('button', { name: 'Highlight nodes' }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  expect((await page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(['jobs', 'worker']);
  for (const [w, h] of [[1440, 900], [800, 900]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `/tmp/review14/panel-${w}x${h}-${scheme}.png` });
    }
  }
  await item.getByRole('button', { name: 'Show me' }).click();
  const compare = item.getByRole('table', { name: 'Show me: sqs-reserved-without-maximum-concurrency' });
  await expect(compare).toBeVisible({ timeout: 30_000 });
  const throttles = compare.getByRole('row', { name: /Throttles/ }).getByRole('cell');
  expect(Number(await throttles.nth(0).innerText())).toBeGreaterThan(100);
  await expect(throttles.nth(1)).toHaveText('0');
  await page.screenshot({ path: '/tmp/review14/panel-showme.png' });
  await item.getByRole('button', { name: 'Fix' }).click();
  await expect(panel.locator('summary')).toHaveText('Review: 1 finding');
  await expect(panel).not.toContainText('sqs-reserved-without-maximum-concurrency');
  await page.keyboard.press('Control+z');
  await expect(panel.locator('summary')).toHaveText('Review: 2 findings');
});
