import { expect, test } from '@playwright/test';
import { badgeNumber, openScenario } from './screen-helpers';

test('a change during a run is logged with the setting, its old value and its new one', async ({ page }) => {
  await openScenario(page, {
    schemaVersion: 2,
    name: 'Live edit',
    durationSeconds: 3600,
    nodes: [
      { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'constant', ratePerSecond: 100 } } },
      { id: 'api', kind: 'function', position: { x: 320, y: 0 }, config: { reservedConcurrency: 5, durationMs: { distribution: 'fixed', value: 200 } } },
    ],
    edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => badgeNumber(page, 'badge-throttles-api')).toBeGreaterThan(10);
  await page.getByTestId('node-api').click();
  await page.getByRole('spinbutton', { name: 'Reserved concurrency' }).fill('50');
  await expect(page.getByTestId('badge-concurrency-api')).toContainText('/ 50');

  await page.getByLabel('Filter the event log').fill('during the run');
  const line = page.getByTestId('event-log').locator('li').first();
  await expect(line).toContainText(/Changed during the run at \d+\.\d s: reservedConcurrency 5 → 50; effective now/);
});
