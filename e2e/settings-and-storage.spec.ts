import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseScenario, type Scenario } from '../src/model';
import { DEFAULT_SCENARIO } from './scenarios-data';
import { badgeCount, canvasNodeIds, menuButton, openApp, openPreset, runToEnd } from './scenarios-helpers';

function commandLine(scenario: Scenario): { functions: Record<string, { throttles: number; coldStarts: number; invocations: number }> } {
  const folder = mkdtempSync(join(tmpdir(), 'lp-seed-'));
  const file = join(folder, 'seeded.json');
  writeFileSync(file, JSON.stringify(scenario, null, 2));
  return JSON.parse(execFileSync('npx', ['tsx', 'src/cli/main.ts', file, '--json'], { encoding: 'utf8' }));
}

test('a seed and run length changed after Reset are the ones the next run uses: the numbers equal the command line for them', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('group', { name: 'Run controls' }).getByRole('spinbutton', { name: 'Length (s)', exact: true }).fill('60');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('idle');
  await page.getByRole('group', { name: 'Run controls' }).getByRole('spinbutton', { name: 'Seed', exact: true }).fill('4242');
  await page.getByRole('group', { name: 'Run controls' }).getByRole('spinbutton', { name: 'Length (s)', exact: true }).fill('45');
  await runToEnd(page);

  const parsed = parseScenario({ ...DEFAULT_SCENARIO, seed: 4242, durationSeconds: 45 });
  if (!parsed.ok) throw new Error('scenario');
  const expected = commandLine(parsed.scenario).functions.api;
  expect(await badgeCount(page, 'badge-throttles-api')).toBe(expected.throttles);
  expect(await badgeCount(page, 'badge-coldstarts-api')).toBe(expected.coldStarts);
  await expect(page.getByTestId('clock')).toHaveAttribute('data-ms', '45000');
});

test('when localStorage is full, an edit raises a notice to save a file, and a reload does not bring back the older diagram', async ({ page }) => {
  await openApp(page);
  await openPreset(page, 'API Gateway 29-second timeout');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lambda-playground:autosave')?.includes('29') ?? false)).toBe(true);
  // Fill the rest of the quota, largest pieces first.
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  const older = await canvasNodeIds(page);
  await page.getByRole('button', { name: /^Add SQS queue$/ }).click();
  const edited = await canvasNodeIds(page);
  expect(edited).toHaveLength(older.length + 1);
  const notice = page.getByRole('status').filter({ hasText: 'Autosave failed' });
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText('Save as file');

  await page.reload();
  await expect(menuButton(page)).toBeVisible();
  // Whatever comes back (the edited diagram, if a key could still be written, or the default), it is never the older one.
  await expect.poll(() => canvasNodeIds(page)).not.toEqual(older);
  expect(await canvasNodeIds(page)).not.toEqual(older);
});
