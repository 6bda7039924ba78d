import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseScenario } from '../src/model';
import { SUB_PATH_URL } from '../playwright.config';
import { encodeShareHash } from '../src/io/shareLink';
import { DEFAULT_SCENARIO } from './scenarios-data';
import { autosavedScenario, badgeCount, canvasNodeIds, chooseMenuItem, expectAutosaved, menuButton, openApp, runToEnd } from './scenarios-helpers';

/** The default ALB scenario shortened to 60 s, so the badges show exact counts (below 10,000). */
const parsed = parseScenario({ ...DEFAULT_SCENARIO, name: 'Shared ALB minute', durationSeconds: 60, seed: 12345 });
if (!parsed.ok) throw new Error('scenario');
const scenario = parsed.scenario;

function commandLineSummary(): { functions: Record<string, { throttles: number; coldStarts: number; invocations: number }> } {
  const folder = mkdtempSync(join(tmpdir(), 'lp-share-'));
  const file = join(folder, 'shared.json');
  writeFileSync(file, JSON.stringify(scenario, null, 2));
  const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', file, '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

test('a share link opened in a new page gives the same diagram and, run to the end, the command line numbers', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByLabel('Scenario file to open').setInputFiles({ name: 'shared.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Shared ALB minute');

  await chooseMenuItem(page, 'Copy share link');
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const link = await dialog.getByLabel('Link to this scenario').inputValue();
  expect(link).toMatch(/#s=[A-Za-z0-9+\-$]+$/);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // A new browser context: no autosave, nothing shared with the first page but the link.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(menuButton(other)).toHaveAccessibleName('Scenario menu: Shared ALB minute');
  expect(await canvasNodeIds(other)).toEqual(await canvasNodeIds(page));
  expect(await canvasNodeIds(other)).toEqual(['alb', 'api']);
  await expectAutosaved(other, (s) => s !== null);
  expect(await autosavedScenario(other)).toEqual(scenario);
  // The hash is dropped once read, so a reload opens the autosave with any edits made since.
  expect(new URL(other.url()).hash).toBe('');

  await runToEnd(other);
  const cli = commandLineSummary().functions.api;
  expect(cli.invocations).toBeGreaterThan(0);
  expect(cli.throttles).toBeGreaterThan(0);
  expect(cli.throttles).toBeLessThan(10_000);
  expect(await badgeCount(other, 'badge-throttles-api')).toBe(cli.throttles);
  expect(await badgeCount(other, 'badge-coldstarts-api')).toBe(cli.coldStarts);
  await context.close();
});

test('a share link made under a sub-path opens there, as a static host would serve it', async ({ page }) => {
  await page.goto(SUB_PATH_URL);
  await expect(menuButton(page)).toBeVisible();
  await chooseMenuItem(page, 'Copy share link');
  const link = await page.getByRole('dialog', { name: 'Share link' }).getByLabel('Link to this scenario').inputValue();
  expect(link.startsWith(`${SUB_PATH_URL}#s=`)).toBe(true);
  const other = await page.context().browser()!.newPage();
  await other.goto(link);
  await expect(menuButton(other)).toHaveAccessibleName(`Scenario menu: ${DEFAULT_SCENARIO.name}`);
  expect(await canvasNodeIds(other)).toEqual(['alb', 'api']);
  await other.close();
});

test('a share link pasted into the address bar of an open tab opens there; a damaged one keeps the diagram', async ({ page }) => {
  await openApp(page);
  const shared = parseScenario({ ...DEFAULT_SCENARIO, name: 'Pasted link', nodes: DEFAULT_SCENARIO.nodes.slice(0, 1), edges: [] });
  if (!shared.ok) throw new Error('scenario');
  const hash = encodeShareHash(shared.scenario);

  await page.evaluate((h) => (window.location.hash = h), hash.slice(0, 40));
  const alert = page.getByRole('alertdialog', { name: 'Could not open the share link' });
  await expect(alert).toContainText('share link is damaged');
  await expect(alert).toContainText('Your diagram was not changed.');
  await alert.getByRole('button', { name: 'OK' }).click();
  expect(await canvasNodeIds(page)).toEqual(['alb', 'api']);

  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Pasted link');
  expect(await canvasNodeIds(page)).toEqual(['alb']);
  expect(new URL(page.url()).hash).toBe('');
});
