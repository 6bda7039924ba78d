/** The dashboard's charts as a person reads them: an imported app of four functions, run, looked at. */
import { expect, test, type Page } from '@playwright/test';
import { FOUR_FUNCTIONS } from './charts-scenario';
import { clockMs, openScenario, watchForErrors } from './screen-helpers';

async function runFourFunctions(page: Page): Promise<void> {
  await openScenario(page, FOUR_FUNCTIONS);
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 120_000 });
}

/** Each drawn chart, scrolled into view so that it draws the frame the others show. */
async function eachChart(page: Page, check: (id: string) => Promise<void>): Promise<void> {
  const ids = await page.locator('.lp-chart').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  for (const id of ids) {
    const chart = page.getByTestId(id);
    await chart.scrollIntoViewIfNeeded();
    if ((await chart.locator('svg.recharts-surface').count()) === 0) continue;
    await check(id);
  }
}

interface Box {
  top: number;
  bottom: number;
}

test.describe('at 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a chart of four functions keeps its plot: legends never take its height, labels never overlap', async ({ page }) => {
    const errors = watchForErrors(page);
    await runFourFunctions(page);
    // The colours are named once, above the charts.
    await expect(page.getByRole('list', { name: 'Line colours' })).toHaveText(/orders-api.*thumbnailer.*job-worker.*event-reader/);
    await eachChart(page, async (id) => {
      const chart = page.getByTestId(id);
      const boxes = await chart.evaluate((figure) => {
        // Runs in the page: it cannot reach the spec's scope.
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const box = (e: Element | null): Box => {
          const r = e ? e.getBoundingClientRect() : { top: 0, bottom: 0 };
          return { top: r.top, bottom: r.bottom };
        };
        return {
          figure: box(figure),
          plot: box(figure.querySelector('svg.recharts-surface')),
          legend: box(figure.querySelector('.lp-chart-legend')),
          yAxes: [...figure.querySelectorAll('.recharts-yAxis-tick-labels')].map((axis) => [...axis.querySelectorAll('text')].map(box)),
        };
      });
      expect(boxes.plot.bottom - boxes.plot.top, `${id}: plot height`).toBeGreaterThanOrEqual(120);
      expect(boxes.yAxes.length, `${id}: value axes`).toBeGreaterThanOrEqual(1);
      expect(boxes.legend.top, `${id}: legend below the plot`).toBeGreaterThanOrEqual(boxes.plot.bottom - 0.5);
      expect(boxes.legend.bottom, `${id}: legend inside its card`).toBeLessThanOrEqual(boxes.figure.bottom);
      for (const axis of boxes.yAxes) {
        expect(axis.length, `${id}: axis labels`).toBeGreaterThanOrEqual(2);
        const labels = axis.toSorted((a, b) => a.top - b.top);
        for (let i = 1; i < labels.length; i++) expect(labels[i].top, `${id}: axis labels apart`).toBeGreaterThanOrEqual(labels[i - 1].bottom - 0.5);
      }
    });
    expect(errors).toEqual([]);
  });
});

/** The time each chart on screen says it shows ("At 1:02: ..."), read from its text alternative. */
async function shownTimes(page: Page): Promise<string[]> {
  return page.locator('.lp-chart-grid').evaluate((grid) => {
    const view = grid.getBoundingClientRect();
    return [...grid.querySelectorAll('.lp-chart-body[role="img"]')]
      .filter((img) => {
        const r = img.getBoundingClientRect();
        return r.bottom > view.top && r.top < view.bottom;
      })
      .map((img) => document.getElementById(img.getAttribute('aria-describedby') ?? '')?.textContent ?? '')
      .map((text) => /^At ([\d:]+):/.exec(text)?.[1] ?? text);
  });
}

const runTime = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};

test('every chart shows the same time: one frame from the run’s clock, even at 600 ×', async ({ page }) => {
  await openScenario(page, { ...FOUR_FUNCTIONS, durationSeconds: 6 * 3600 });
  await page.getByLabel('Speed').selectOption('600');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(60_000);
  // While the run moves, charts take turns to redraw: at any moment they show one frame, or the next one.
  for (let sample = 0; sample < 8; sample++) {
    const times = await shownTimes(page);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(new Set(times).size, `times shown at once: ${times.join(', ')}`).toBeLessThanOrEqual(2);
    await page.waitForTimeout(600);
  }
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('paused');
  const clock = runTime(await clockMs(page));
  const lastTicks: string[] = [];
  await eachChart(page, async (id) => {
    const img = page.getByTestId(id).getByRole('img');
    await expect(img, id).toHaveAccessibleDescription(new RegExp(`^At ${clock}:`));
    lastTicks.push((await page.getByTestId(id).locator('.recharts-xAxis-tick-labels text').last().textContent()) ?? '');
  });
  expect(lastTicks.length).toBe(10);
  expect(new Set(lastTicks).size, lastTicks.join(', ')).toBe(1);
});

test('ages, durations and cost read in their units; the event log speaks words', async ({ page }) => {
  await runFourFunctions(page);
  const axisLabels = async (id: string) => {
    const chart = page.getByTestId(`chart-${id}`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByRole('img')).toHaveAccessibleDescription(/^At 30:00:/);
    return chart.locator('.recharts-yAxis-tick-labels text').allTextContents();
  };
  for (const id of ['iterator', 'duration']) {
    for (const label of await axisLabels(id)) expect(label, `${id} axis`).toMatch(/^(0|\d+(\.\d+)? (ms|s|min|h|d))$/);
  }
  const cost = await axisLabels('cost');
  expect(cost.length).toBeGreaterThanOrEqual(2);
  for (const label of cost) expect(label).toMatch(/^\$0\.0/);

  const categories = await page.getByLabel('Event category').locator('option').allTextContents();
  expect(categories).toContain('cold start');
  expect(categories).toContain('dead letter');
  for (const words of categories) expect(words).not.toMatch(/[a-z][A-Z]/);

  const log = page.getByTestId('event-log');
  await page.getByLabel('Filter the event log').fill('no line says this');
  await expect(log).toContainText('No event matches the filter (“no line says this”)');
  await expect(log).not.toContainText('Press Play');
});

test('a concurrency line on its reserved limit stays visible: the limit is a wide pale band behind it', async ({ page }) => {
  await runFourFunctions(page);
  const chart = page.getByTestId('chart-concurrency');
  // orders-api runs at its reserved 10 (the run summary's throttles say it is held there).
  await expect(chart.getByRole('img')).toHaveAccessibleDescription(/orders-api concurrency 10\b.*Limits: .*orders-api reserved 10/);
  const drawn = await chart.evaluate((figure) => {
    const limit = figure.querySelector('.recharts-reference-line-line');
    const line = figure.querySelector('.recharts-line-curve');
    if (!limit || !line) return null;
    return {
      limitBehind: Boolean(limit.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING),
      limitWidth: Number(getComputedStyle(limit).strokeWidth.replace('px', '')),
      lineWidth: Number(getComputedStyle(line).strokeWidth.replace('px', '')),
      limitDash: limit.getAttribute('stroke-dasharray'),
      limitColor: getComputedStyle(limit).stroke,
      lineColors: [...figure.querySelectorAll('.recharts-line-curve')].map((l) => getComputedStyle(l).stroke),
      limitY: limit.getBoundingClientRect().top,
      plotTop: figure.querySelector('.recharts-cartesian-grid')!.getBoundingClientRect().top,
      label: [...figure.querySelectorAll('svg text')].find((t) => t.textContent === 'orders-api reserved 10')?.getBoundingClientRect() ?? null,
    };
  });
  expect(drawn).not.toBeNull();
  const d = drawn!;
  expect(d.limitBehind, 'the limit is painted before the measured lines').toBe(true);
  expect(d.limitWidth, 'the band is wider than the line on it').toBeGreaterThan(d.lineWidth * 2);
  expect(d.limitDash).toBeTruthy();
  expect(d.lineColors).not.toContain(d.limitColor);
  // The axis leaves room above the limit, so the band and its label are not on the chart's edge.
  expect(d.limitY - d.plotTop).toBeGreaterThan(15);
  expect(d.label).not.toBeNull();
  expect(d.label!.bottom).toBeLessThanOrEqual(d.limitY + 1);
});

test('each chart is an image named by its title, described by its latest values, and no keyboard stop', async ({ page }) => {
  await runFourFunctions(page);
  const dashboard = page.getByRole('region', { name: 'Dashboard' });
  await expect(dashboard.getByRole('application')).toHaveCount(0);
  await expect(dashboard.getByRole('img')).toHaveCount(10);
  await expect(page.getByRole('img', { name: 'Concurrency', exact: true })).toHaveAccessibleDescription(
    /^At 30:00: orders-api concurrency \d+, thumbnailer concurrency \d+, job-worker concurrency \d+, event-reader concurrency \d+\./,
  );
  const cost = page.getByRole('img', { name: 'Cost so far' });
  await cost.scrollIntoViewIfNeeded();
  await expect(cost).toHaveAccessibleDescription(/orders-api cost \$0\.\d{4}/);
  const iterator = page.getByRole('img', { name: 'Iterator age' });
  await iterator.scrollIntoViewIfNeeded();
  await expect(iterator).toHaveAccessibleDescription(/events iterator age \d+(\.\d+)? (ms|s|min)/);
  // Tab goes from the dashboard's last control to the charts (one stop, to scroll them), then to the event log.
  await page.getByLabel('Chart time window').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Charts' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Filter the event log')).toBeFocused();
});
