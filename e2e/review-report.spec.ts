import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { runToEnd } from '../src/engine';
import { parseScenario } from '../src/model';
import { reviewScenario } from '../src/review';
import { buildReviewReport } from '../src/review/report/html';

test('the review report opens in Chromium with the network blocked and shows every part', async ({ page }) => {
  const parsed = parseScenario(JSON.parse(readFileSync('src/scenarios/reserved-concurrency-sqs-pitfall.json', 'utf8')));
  if (!parsed.ok) throw new Error('preset does not parse');
  const html = buildReviewReport({ scenario: parsed.scenario, findings: reviewScenario(parsed.scenario), summary: runToEnd(parsed.scenario) });
  const file = join(mkdtempSync(join(tmpdir(), 'review-report-')), 'report.html');
  writeFileSync(file, html);

  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Architecture review');
  for (const name of ['Diagram', 'Findings (2)', 'The run', 'Charts', 'Cost', 'Settings that differ from AWS defaults', 'Data'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  const diagram = page.locator('#diagram svg');
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('g[data-node]')).toHaveCount(parsed.scenario.nodes.length);
  expect((await diagram.boundingBox())!.width).toBeGreaterThan(200);
  await expect(page.locator('#findings tbody tr')).toHaveCount(2);
  await expect(page.locator('#charts svg.chart')).toHaveCount(5);
  await expect(page.locator('#figures tbody tr')).toHaveCount(Object.keys(runToEnd(parsed.scenario).functions).length);
  await expect(page.locator('#cost')).toContainText('Monthly projection');
  await expect(page.locator('#settings tbody tr').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/review14/report.png', fullPage: true });
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
