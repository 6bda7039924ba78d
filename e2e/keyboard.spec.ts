import { expect, test } from '@playwright/test';

test('the keyboard alone adds a node and starts a run', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('node-api')).toBeVisible();
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(2);

  // N goes to the palette; arrows move; Enter adds.
  await page.keyboard.press('n');
  await expect(page.getByRole('button', { name: 'Add Application Load Balancer' })).toBeFocused();
  // Four callers, four async sources, three queues and streams, then compute.
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Add Lambda function' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nodes).toHaveCount(3);
  await expect(page.getByTestId('node-fn1')).toBeVisible();

  // K plays and pauses; the Play button also takes Enter.
  await page.keyboard.press('k');
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await page.keyboard.press('k');
  await expect(page.getByTestId('run-status')).toHaveText('paused');

  await page.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('run-status')).toHaveText('running');
});
