import { expect, test } from '@playwright/test';

test('the keyboard alone adds a node and starts a run', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('node-api')).toBeVisible();
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(2);

  // N goes to the palette; arrows move; Enter adds.
  await page.keyboard.press('n');
  await expect(page.getByRole('button', { name: 'Add Application Load Balancer' })).toBeFocused();
  // Four callers, four async sources, four queues and streams (SQS FIFO has its own item), then compute.
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
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

test('the inspector links the selected node without dragging, and says why a link is refused', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('n');
  // Four callers, four async sources, then the SQS queue.
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Add SQS queue', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-queue1')).toBeVisible();

  await page.getByLabel('Link to').selectOption('alb');
  await page.getByLabel('as', { exact: true }).selectOption('trigger');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByRole('alert')).toContainText('Only a Lambda function can be triggered');

  await page.getByLabel('Link to').selectOption('api');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.getByRole('button', { name: '→ api (trigger)' })).toBeVisible();
});
