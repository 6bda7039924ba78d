import { expect, test } from '@playwright/test';

test('a lesson by keyboard alone: link, prediction, run, explanation with the rule, next step under the older rules, done and remembered', async ({ page }) => {
  await page.goto('./#lesson=scaling-rate');
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  await expect(panel.getByRole('heading', { name: 'How fast a function scales: now and before November 2023' })).toBeVisible();
  await expect(panel.getByText('Step 1 of 2')).toBeVisible();
  // The step's scenario is on the canvas, its function outlined.
  await expect(page.getByTestId('node-handler')).toBeVisible();

  const input = panel.getByLabel(/Your prediction/);
  await expect(input).toBeFocused();
  await page.keyboard.type('3,000');
  await page.keyboard.press('Enter');
  const verdict = panel.locator('.lp-lessons-verdict');
  await expect(verdict).toHaveText('You predicted 3,000 requests; the simulation gives 1,000 requests. Not quite.', { timeout: 30_000 });
  await expect(panel.getByRole('heading', { name: 'The simulation says' })).toBeFocused();
  await expect(panel.getByText(/1,000 additional execution environment instances/)).toBeVisible();
  await expect(panel.getByText('The 9,000 throttles all come at 1 s.')).toBeVisible();
  await expect(panel.getByRole('link', { name: /Lambda scaling behavior/ })).toHaveAttribute('href', 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html');

  // Tab past the source link to "Next step".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Next step' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Step 2 of 2')).toBeVisible();
  await expect(panel.getByText('Rules as before 26 November 2023')).toBeVisible();
  await expect(panel.getByLabel(/Your prediction/)).toBeFocused();
  await page.keyboard.type('3000');
  await page.keyboard.press('Enter');
  await expect(verdict).toHaveText('You predicted 3,000 requests; the simulation gives 3,000 requests. Right.', { timeout: 30_000 });
  await expect(panel.getByRole('heading', { name: 'Right' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Finish lesson' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeFocused();

  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('lambda-playground:lessons:v1') ?? '{}'));
  expect(Object.keys(progress.completed)).toEqual(['scaling-rate']);
  expect(progress.predictions.map((p: { right: boolean }) => p.right)).toEqual([false, true]);

  await panel.getByRole('button', { name: 'All lessons' }).click();
  await expect(panel.getByRole('button', { name: /✓ How fast a function scales/ })).toContainText('1/2 predictions right');
});

test('an exam-style question runs all four options and marks the one that fixes the problem', async ({ page }) => {
  await page.goto('./#lesson=reserved-sqs-pitfall&step=2');
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  await expect(panel.getByText('Step 2 of 2')).toBeVisible();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(panel.locator('.lp-lessons-verdict')).toContainText('Right.', { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Exam-style question' }).click();
  await panel.getByLabel(/A\. Raise the queue's maxReceiveCount/).check();
  await panel.getByRole('button', { name: 'Answer and run all four' }).click();
  await expect(panel.getByRole('heading', { name: 'Not quite' })).toBeVisible({ timeout: 90_000 });
  await expect(panel.locator('.lp-lessons-fixes')).toHaveCount(1);
  await expect(panel.locator('.lp-lessons-fixes')).toContainText('maximumConcurrency 5');
  await expect(panel.locator('.lp-lessons-fails')).toHaveCount(3);
});

test('a lesson file with a misspelt field is refused with the field named', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Lessons' }).click();
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  const bad = JSON.stringify({ lessonVersion: 1, id: 'x', title: 'X', summary: 'x', exams: [{ exam: 'DVA-C02', task: 't' }], steps: [], tittle: 1 });
  await panel.getByLabel('Lesson file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(panel.getByRole('alert')).toContainText('tittle');
  await expect(panel.getByRole('alert')).toContainText('bad.json');
});
