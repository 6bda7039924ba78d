/** The Decide panel as a person uses it: compare a variant, replicate with intervals, sweep memory and apply a size. */
import { expect, test, type Page } from '@playwright/test';
import { expectAutosaved, openApp, openPreset } from './scenarios-helpers';
import { openScenario, watchForErrors } from './screen-helpers';
import { PRESET_FILES } from './scenarios-data';

const PRESET = 'ALB spike against reserved concurrency';

async function openDecide(page: Page) {
  await page.getByRole('button', { name: 'Decide…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decide: compare, replicate, sweep' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('compare: a variant that reserves 60 instead of 20 throttles fewer, on the same seed, and is saved with the scenario', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await openPreset(page, PRESET);
  const dialog = await openDecide(page);
  await expect(dialog.getByText('No variants yet.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Run compare' })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Make a variant' }).click();
  const reserved = dialog.getByRole('textbox', { name: 'B api Reserved concurrency' });
  await expect(reserved).toHaveValue('20');
  await reserved.fill('60');
  await reserved.press('Enter');
  await expect(dialog.getByText('changes 1 node')).toBeVisible();
  // Too much to reserve in a 1,000 account (§1.2): refused with the reason, the variant keeps 60.
  await reserved.fill('950');
  await reserved.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('with this variant, nodes[1] (api).config.reservedConcurrency');
  await reserved.press('Escape');
  await expect(reserved).toHaveValue('60');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Run compare' }).click();
  const table = dialog.getByRole('table', { name: 'Compare results' });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table.getByRole('columnheader', { name: 'B: Variant B' })).toBeVisible();
  await expect(table).toContainText('seed 7');
  // 100 requests a second of 200 ms need about 20 at once: with 60 reserved, B throttles fewer, and the sign says so.
  await expect(dialog.getByTestId('compare-throttles-B')).toContainText('(−');
  await expect(dialog.getByTestId('compare-sentence')).toHaveText(/^B: .*fewer throttles/);
  const a = Number(((await dialog.getByTestId('compare-throttles-A').textContent()) ?? '').replace(/[^\d]/g, ''));
  expect(a).toBeGreaterThan(0);

  // The dashboard of the designs: B's throttles line over A's, on the same axes, the chart named by both at the run's end.
  const throttleChart = dialog.getByTestId('compare-chart-throttlesPerSecond');
  await expect(throttleChart.getByRole('img', { name: /^Throttles per second at 10:00: A .+, B .+\.$/ })).toBeVisible();
  await expect(throttleChart.locator('path.recharts-line-curve')).toHaveCount(2);

  await expectAutosaved(page, (s) => JSON.stringify(s?.variants) === JSON.stringify([{ name: 'Variant B', changes: [{ nodeId: 'api', config: { reservedConcurrency: 60 } }] }]));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('1 variant saved')).toBeVisible();
  expect(errors).toEqual([]);
});

test('replicate: three replications on the worker pool give a mean and a 95 % interval per figure', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await openPreset(page, PRESET);
  const dialog = await openDecide(page);
  // Keyboard: the tabs move with the arrow keys.
  await dialog.getByRole('tab', { name: 'Compare' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Replicate' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByText('No replications yet.')).toBeVisible();
  const count = dialog.getByRole('textbox', { name: 'Replications' });
  await count.fill('1');
  await expect(dialog.getByRole('alert')).toContainText('a whole number from 2 to 200');
  await count.fill('3');
  await dialog.getByRole('button', { name: 'Run replications' }).click();
  const table = dialog.getByRole('table', { name: 'Replication results' });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table).toContainText('3 replications of A: The diagram, seeds derived from 7');
  const throttles = dialog.getByTestId('replicate-throttles');
  const cells = await throttles.getByRole('cell').allTextContents();
  const [mean, range] = cells;
  const bounds = /^\[(.+), (.+)\]$/.exec(range.trim());
  expect(bounds, `interval reads "${range}"`).not.toBeNull();
  const [low, high] = [bounds![1], bounds![2]].map((v) => Number(v.replace(/,/g, '')));
  const m = Number(mean.replace(/,/g, ''));
  // Three different seeds throttle differently: the interval has width, and holds its mean.
  expect(low).toBeLessThan(m);
  expect(high).toBeGreaterThan(m);
  // Each chart draws the mean of the three in its shaded 95 % band, and is named by its last interval.
  const band = dialog.getByTestId('replicate-chart-concurrency');
  await expect(band.getByRole('img', { name: /^Concurrency \(peak\), mean of 3 replications, at 10:00: \d+, 95 % interval [\d.]+ to [\d.]+\.$/ })).toBeVisible();
  await expect(band.locator('path.recharts-area-area')).toHaveCount(1);
  await expect(band.locator('path.recharts-line-curve')).toHaveCount(1);
  // The band has width where the replications throttle differently: its shape encloses an area, not a line.
  const throttleBand = dialog.getByTestId('replicate-chart-throttlesPerSecond').locator('path.recharts-area-area');
  expect((await throttleBand.boundingBox())?.height ?? 0).toBeGreaterThan(4);
  await expect(dialog.getByRole('img', { name: /^Cost so far, mean of 3 replications, at 10:00: \$[\d.]+, 95 % interval \$[\d.]+ to \$[\d.]+\.$/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('sweep: cost against duration at three sizes, the choices marked, and the chosen size applied to the function', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await openPreset(page, PRESET);
  const dialog = await openDecide(page);
  await dialog.getByRole('tab', { name: 'Sweep memory' }).click();
  await expect(dialog.getByText('api has 512 MB now.')).toBeVisible();
  const sizes = dialog.getByRole('textbox', { name: 'Memory sizes (MB)' });
  await sizes.fill('64, 512');
  await expect(dialog.getByRole('alert')).toContainText('from 128 to 10,240');
  await sizes.fill('256, 1024, 2048');
  await dialog.getByRole('button', { name: 'Run sweep' }).click();
  const table = dialog.getByRole('table', { name: 'Sweep results' });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table.getByRole('row')).toHaveCount(4);
  // The duration is stated at 512 MB with no CPU-bound share, so every size takes as long: the smallest is cheapest.
  await expect(dialog.getByTestId('sweep-sentence')).toHaveText(/^Cheapest at 256 MB/);
  await expect(dialog.getByRole('figure', { name: /^Cost against duration/ }).getByRole('application')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Choose 1,024 MB' }).check();
  await dialog.getByRole('button', { name: 'Apply 1,024 MB to api' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('node-api').click();
  await expect(page.getByRole('spinbutton', { name: 'Memory (MB)' })).toHaveValue('1024');
  expect(errors).toEqual([]);
});

test('a share link carries the variants: opened from it, the Decide panel (reached from the keyboard) shows them', async ({ page }) => {
  const errors = watchForErrors(page);
  const preset = PRESET_FILES.find((p) => p.title === PRESET)!;
  await openScenario(page, { ...preset.scenario, variants: [{ name: 'Bigger', changes: [{ nodeId: 'api', config: { memoryMB: 2048 } }] }] });
  await expect(page.getByText('1 variant saved')).toBeVisible();
  await page.getByRole('button', { name: 'Decide…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Decide: compare, replicate, sweep' });
  await expect(dialog.getByRole('textbox', { name: 'Name of variant B' })).toHaveValue('Bigger');
  await expect(dialog.getByRole('textbox', { name: 'B api Memory (MB)' })).toHaveValue('2048');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Decide…' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('sweep on both architectures: arm64 costs 20 % less per GB-s, so at equal durations the cheapest is on arm64, and applying it sets the function to arm64', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await openPreset(page, PRESET);
  const dialog = await openDecide(page);
  await dialog.getByRole('tab', { name: 'Sweep memory' }).click();
  await dialog.getByRole('combobox', { name: 'Architecture' }).selectOption('both');
  await dialog.getByRole('textbox', { name: 'Memory sizes (MB)' }).fill('512, 1024');
  await dialog.getByRole('button', { name: 'Run sweep' }).click();
  const table = dialog.getByRole('table', { name: 'Sweep results' });
  await expect(table.getByRole('row')).toHaveCount(5, { timeout: 60_000 });
  await expect(dialog.getByTestId('sweep-sentence')).toHaveText(/^Cheapest at 512 MB arm64/);
  await dialog.getByRole('radio', { name: 'Choose 512 MB arm64' }).check();
  await dialog.getByRole('button', { name: 'Apply 512 MB arm64 to api' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('node-api').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('combobox', { name: 'Architecture' })).toHaveValue('arm64');
  expect(errors).toEqual([]);
});

/** A variant that reserves `n` for the api function. */
const reserve = (n: number) => ({ name: `Reserve ${n}`, changes: [{ nodeId: 'api', config: { reservedConcurrency: n } }] });

test('compare four designs: the charts overlay one line a design on the same axes, each chart named by the four', async ({ page }) => {
  const errors = watchForErrors(page);
  const preset = PRESET_FILES.find((p) => p.title === PRESET)!;
  await openScenario(page, { ...preset.scenario, variants: [reserve(30), reserve(45), reserve(60)] });
  const dialog = await openDecide(page);
  await dialog.getByRole('button', { name: 'Run compare' }).click();
  await expect(dialog.getByRole('table', { name: 'Compare results' })).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('list', { name: 'Designs in the charts' }).getByRole('listitem')).toHaveText(['A: The diagram', 'B: Reserve 30', 'C: Reserve 45', 'D: Reserve 60']);
  for (const figure of ['concurrency', 'throttlesPerSecond', 'p99Ms', 'costUSD']) {
    const chart = dialog.getByTestId(`compare-chart-${figure}`);
    await expect(chart.locator('path.recharts-line-curve')).toHaveCount(4);
    await expect(chart.getByRole('img', { name: /at 10:00: A .+, B .+, C .+, D .+\.$/ })).toBeVisible();
  }
  // Reserved concurrency caps each design's peak (§1.2): never above 20, 30, 45, 60, and more reserved lets more run at once.
  await expect(dialog.getByRole('img', { name: /^Concurrency \(peak\) at 10:00: / })).toBeVisible();
  const peaks = await Promise.all(['A', 'B', 'C', 'D'].map(async (l) => Number(((await dialog.getByTestId(`compare-maxConcurrency-${l}`).textContent()) ?? '').replace(/\(.*\)|[^\d]/g, ''))));
  peaks.forEach((peak, i) => expect(peak).toBeLessThanOrEqual([20, 30, 45, 60][i]));
  expect(peaks).toEqual([...peaks].sort((a, b) => a - b));
  expect(peaks[3]).toBeGreaterThan(peaks[0]);
  expect(errors).toEqual([]);
});
