import { expect, test } from '@playwright/test';
import { watchForErrors } from './screen-helpers';

test('undo and redo restore a deleted node, with the toolbar and the keyboard', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('./');
  const api = page.getByTestId('node-api');
  await expect(api).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  await api.click();
  await page.keyboard.press('Delete');
  await expect(api).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(api).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(api).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(api).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(api).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('copy and paste a node; the help panel lists the shortcuts', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('node-api').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('node-api1')).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Play or pause');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('several nodes selected with Ctrl+click are deleted together and come back with one undo', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('node-alb').click();
  await page.getByTestId('node-api').click({ modifiers: ['Control'] });
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('2 nodes selected');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});
