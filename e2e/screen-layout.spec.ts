import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 720 } });

async function expectEveryControlNamed(page: Page) {
  const controls = page.locator('button:visible, input:visible, select:visible, textarea:visible, a[href]:visible');
  const count = await controls.count();
  expect(count).toBeGreaterThan(20);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const html = await control.evaluate((el) => el.outerHTML.slice(0, 120));
    await expect(control, `control without a name: ${html}`).not.toHaveAccessibleName('');
  }
}

test('at 1280x720 every part of the screen is in view and every control has an accessible name', async ({ page }) => {
  await page.goto('./');
  for (const region of [
    page.getByRole('button', { name: 'Play' }),
    page.getByRole('navigation', { name: 'Palette of AWS resources' }),
    page.getByRole('region', { name: 'Diagram canvas' }),
    page.getByRole('complementary', { name: 'Inspector' }),
    page.getByRole('region', { name: 'Dashboard' }),
    page.getByRole('region', { name: 'Event log' }),
  ]) {
    await expect(region).toBeInViewport();
  }
  await expectEveryControlNamed(page);

  // The function's settings: each with its AWS default, range and documentation link.
  await page.getByTestId('node-api').click();
  const memory = page.locator('[data-field="memoryMB"]');
  await expect(memory).toContainText('AWS default: 128');
  await expect(memory).toContainText('range: 128–10,240');
  await expect(memory.getByRole('link', { name: 'AWS documentation: Memory' })).toHaveAttribute('href', /configuration-memory/);
  await expectEveryControlNamed(page);
});

test('an invalid value stays in the inspector with its reason and does not reach the diagram', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('node-api').click();
  const memory = page.getByRole('spinbutton', { name: 'Memory (MB)' });
  await memory.fill('64');
  await expect(page.locator('[data-field="memoryMB"] [role=alert]')).toContainText('128');
  // Nothing reached the diagram, so there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await memory.fill('1024');
  await expect(page.locator('[data-field="memoryMB"] [role=alert]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(memory).toHaveValue('512');
});

test('dark and light themes switch', async ({ page }) => {
  await page.goto('./');
  const html = page.locator('html');
  const first = await html.getAttribute('data-theme');
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click();
  await expect(html).not.toHaveAttribute('data-theme', first ?? '');
  await page.keyboard.press('t');
  await expect(html).toHaveAttribute('data-theme', first ?? '');
});
