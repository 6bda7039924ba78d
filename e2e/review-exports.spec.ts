import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { ScenarioInput } from '../src/model';
import { canvasNodeIds, chooseMenuItem, menuButton } from './scenarios-helpers';
import { openScenario } from './screen-helpers';

/** 40 provisioned environments for 2 requests a second of 100 ms: the run shows them idle, and a run rule says so. */
const IDLE_PC: ScenarioInput = {
  schemaVersion: 2,
  name: 'Idle provisioned',
  seed: 5,
  durationSeconds: 120,
  nodes: [
    { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 2 } } },
    { id: 'api', kind: 'function', position: { x: 320, y: 0 }, config: { provisionedConcurrency: 40, durationMs: { distribution: 'fixed', value: 100 } } },
  ],
  edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
};

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Opens the report on a different diagram: the diagram becomes the report's scenario; a page that is no report changes nothing. */
async function reopenReport(page: Page, html: Buffer): Promise<void> {
  await chooseMenuItem(page, 'New scenario');
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Untitled scenario');
  const picker = page.getByLabel('Scenario file to open');
  // The file picker offers reports beside scenario files and templates.
  expect(await picker.getAttribute('accept')).toContain('.html');
  await picker.setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><html><body>hi</body></html>') });
  const alert = page.getByRole('alertdialog', { name: 'Could not open the file' });
  await expect(alert).toContainText('page.html is an HTML page but not a review report');
  await expect(alert).toContainText('Your diagram was not changed.');
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Untitled scenario');
  await picker.setInputFiles({ name: 'idle-provisioned-review.html', mimeType: 'text/html', buffer: html });
  await expect(menuButton(page)).toHaveAccessibleName('Scenario menu: Idle provisioned');
  expect(await canvasNodeIds(page)).toEqual(['alb', 'api']);
}

const isPng = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('after a run, the review adds the run rules and exports the report, its data and PNGs of the diagram and charts', async ({ page }) => {
  await openScenario(page, IDLE_PC);
  const panel = page.locator('details.lp-review');
  await panel.locator('summary').click();
  // Before a run: the configuration rules only, and the report waits for a run.
  await expect(panel.getByTestId('review-run-rules')).toContainText('run the diagram to the end to include them');
  await expect(panel.locator('li', { hasText: 'idle-provisioned-cost' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Report (HTML)' })).toBeDisabled();

  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 30_000 });
  const finding = panel.locator('li', { hasText: 'idle-provisioned-cost' });
  await expect(finding).toContainText('from the last run');
  await expect(finding).toContainText('its 40 environments were busy');
  await expect(panel.getByTestId('review-run-rules')).toContainText("read the last run's figures");

  const report = await download(page, 'Report (HTML)');
  expect(report.name).toBe('idle-provisioned-review.html');
  const html = report.bytes.toString('utf8');
  expect(html).toContain('idle-provisioned-cost');
  expect(html).toContain('<svg');
  expect(html).toContain('"name":"Idle provisioned"');

  const csv = (await download(page, 'Figures (CSV)')).bytes.toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('function,invocations,coldStarts,throttles,errors,maxConcurrency,costUSD');
  const apiRow = csv.split('\r\n').find((l) => l.startsWith('api,'))!;
  const invocations = Number(apiRow.split(',')[1]);
  // Two requests a second for 120 s.
  expect(invocations).toBeGreaterThan(180);
  expect(invocations).toBeLessThan(300);

  const usage = (await download(page, 'Infracost usage')).bytes.toString('utf8');
  expect(usage).toContain('version: 0.1');

  const diagram = await download(page, 'Diagram (PNG)');
  expect(diagram.name).toBe('idle-provisioned-diagram.png');
  expect(isPng(diagram.bytes)).toBe(true);
  expect(pngSize(diagram.bytes).width).toBeGreaterThan(300);

  const charts: { name: string; bytes: Buffer }[] = [];
  page.on('download', async (d) => charts.push({ name: d.suggestedFilename(), bytes: await readFile((await d.path())!) }));
  await page.getByRole('button', { name: 'Charts (PNG)' }).click();
  await expect(panel.getByRole('status')).toContainText(/Saved \d+ charts? to your downloads/);
  await expect.poll(() => charts.length).toBeGreaterThanOrEqual(3);
  expect(charts.map((c) => c.name)).toContain('idle-provisioned-chart-concurrency.png');
  // Kept for a person to look at.
  await mkdir('/tmp/review-exports', { recursive: true });
  await writeFile('/tmp/review-exports/diagram.png', diagram.bytes);
  for (const c of charts) {
    await writeFile(`/tmp/review-exports/${c.name}`, c.bytes);
    expect(isPng(c.bytes)).toBe(true);
    expect(pngSize(c.bytes).width).toBeGreaterThan(200);
  }

  await reopenReport(page, report.bytes);
});
