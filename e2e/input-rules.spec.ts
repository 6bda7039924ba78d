/** Issue 10: what the inspector, the file picker and share links accept, as a person sees it. */
import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { DEFAULT_SCENARIO, presetFile } from './scenarios-data';
import { autosavedScenario, canvasNodeIds, expectAutosaved, menuButton, openApp, openPreset } from './scenarios-helpers';

/** The schedule expression of the EventBridge cron job preset in an autosaved scenario. */
const expressionOf = (s: Awaited<ReturnType<typeof autosavedScenario>>) =>
  (s?.nodes.find((n) => n.id === 'every-15-minutes')?.config as { expression?: string } | undefined)?.expression;

test('the inspector refuses a schedule that cannot fire, naming the field and the fault, and keeps the last valid one', async ({ page }) => {
  await openApp(page);
  await openPreset(page, 'EventBridge cron job');
  await page.getByTestId('node-every-15-minutes').click();
  const field = page.locator('[data-field="expression"]');
  const input = field.getByRole('textbox');
  await expect(input).toHaveValue('cron(0/15 * * * ? *)');

  for (const [expression, message] of [
    ['cron(99 * * * ? *)', 'minutes field 99 is out of range 0–59'],
    ['rate(0 minutes)', 'rate value "0" must be a whole number of at least 1'],
    ['cron(a b c d e f)', 'minutes field "a" is not a value: minutes takes 0–59'],
  ] as const) {
    await input.fill(expression);
    await expect(field.getByRole('alert')).toHaveText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  }
  // Nothing invalid reached the diagram: the autosave still holds the preset's schedule.
  expect(expressionOf(await autosavedScenario(page))).toBe('cron(0/15 * * * ? *)');

  await input.fill('rate(1 hour)');
  await expect(field.getByRole('alert')).toHaveCount(0);
  await expectAutosaved(page, (s) => expressionOf(s) === 'rate(1 hour)');
});

test('an account limit of 50 is accepted with nothing reserved; reserving then says why it cannot', async ({ page }) => {
  await openApp(page);
  // A preset that reserves nothing.
  await openPreset(page, 'API Gateway 29-second timeout');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const limit = page.locator('[data-field="account.concurrencyLimit"]');
  await limit.locator('input').fill('50');
  await expect(limit.getByRole('alert')).toHaveCount(0);
  await expectAutosaved(page, (s) => s?.account.concurrencyLimit === 50);

  await page.getByTestId('node-build-report').click();
  const reserved = page.locator('[data-field="reservedConcurrency"]');
  await reserved.locator('input').fill('5');
  await expect(reserved.getByRole('alert')).toHaveText(/^nothing can be reserved in an account whose concurrency limit is 50: Lambda keeps 100 unreserved/);
  const saved = await autosavedScenario(page);
  expect(saved?.nodes.find((n) => n.id === 'build-report')?.config).toMatchObject({ reservedConcurrency: null });
});

test('a file that starts with a byte-order mark opens as one without', async ({ page }) => {
  await openApp(page);
  const preset = presetFile('sqs-standard-scaling');
  const text = `\uFEFF${JSON.stringify(preset.scenario, null, 2)}\n`;
  await page.getByLabel('Scenario file to open').setInputFiles({ name: 'bom.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${preset.title}`);
  expect(await canvasNodeIds(page)).toEqual(preset.scenario.nodes.map((n) => n.id).sort());
});

test('a share link with a typo in a key says which key and keeps the diagram', async ({ page }) => {
  await openApp(page);
  await openPreset(page, 'EventBridge cron job');
  await expectAutosaved(page, (s) => s?.name === 'EventBridge cron job');
  const before = await canvasNodeIds(page);
  const edited = { ...DEFAULT_SCENARIO, account: { ...DEFAULT_SCENARIO.account, concurrencyLimt: 50 } };
  await page.goto('about:blank');
  await openApp(page, `./#s=${LZString.compressToEncodedURIComponent(JSON.stringify(edited))}`);
  const alert = page.getByRole('alertdialog', { name: 'Some saved work could not be opened' });
  await expect(alert).toContainText('account.concurrencyLimt: unknown key "concurrencyLimt"; did you mean "concurrencyLimit"?');
  await expect(alert).toContainText('Your previous diagram was opened instead.');
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: EventBridge cron job');
  expect(await canvasNodeIds(page)).toEqual(before);
});
