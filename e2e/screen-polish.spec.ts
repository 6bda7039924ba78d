/** What a new user's first hour found on the screen (issue 17: items 3, 6, 8 and 9), checked as a person sees it. */
import { expect, test, type Locator } from '@playwright/test';
import type { ScenarioInput } from '../src/model';
import { openScenario } from './screen-helpers';
import { badgeCount, openApp, openPreset, runToEnd } from './scenarios-helpers';

/** A day-long run of a function far over its reserved limit: big counts everywhere. */
const BUSY: ScenarioInput = {
  schemaVersion: 2,
  name: 'A busy ALB in front of a function held to one concurrent execution, on a day-long run',
  seed: 3,
  durationSeconds: 86400,
  nodes: [
    { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'constant', ratePerSecond: 200 } } },
    { id: 'api', kind: 'function', position: { x: 320, y: 0 }, config: { reservedConcurrency: 1, durationMs: { distribution: 'fixed', value: 100 } } },
  ],
  edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
};

/** True when the element shows all of its content: nothing cut off sideways or below. */
async function showsAll(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('key numbers are formatted to fit and never cut off: badges, run summary, run length, share link, name', async ({ page }) => {
    test.setTimeout(120_000);
    await openScenario(page, BUSY);
    // The run length field shows all five digits of 86400.
    const length = page.getByRole('group', { name: 'Run controls' }).getByRole('spinbutton', { name: 'Length (s)' });
    await expect(length).toHaveValue('86400');
    expect(await showsAll(length)).toBe(true);

    // Ten minutes of the day at 200 requests a second, one at a time at 100 ms: about 190 of every 200 are throttled.
    await length.fill('600');
    await runToEnd(page);
    const throttles = page.getByTestId('badge-throttles-api');
    await expect(throttles).toHaveText(/^throttles \d+(\.\d)? k$/);
    // 600 s × 200/s = 120,000 requests; at most 600 s / 0.1 s = 6,000 are served, so at least 114,000 are throttled.
    const shown = await badgeCount(page, 'badge-throttles-api');
    expect(shown).toBeGreaterThanOrEqual(113_500);
    expect(shown).toBeLessThanOrEqual(120_000);
    await expect(throttles).toHaveAttribute('title', /Throttles so far: 11\d,\d{3}/);
    for (const badge of await page.locator('.lp-badge').all()) expect(await showsAll(badge), await badge.textContent() ?? '').toBe(true);

    // The run summary: every column in the inspector's width, no sideways scroll.
    const summary = page.getByRole('region', { name: 'Run summary' });
    await expect(summary).toBeVisible();
    await summary.scrollIntoViewIfNeeded();
    for (const label of ['Max conc.', 'p99', 'Cost']) {
      const cell = summary.locator(`td[data-label="${label}"]`);
      await expect(cell).toBeInViewport();
      expect(await showsAll(cell), `${label}: ${await cell.textContent()}`).toBe(true);
    }
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    expect(await inspector.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await expect(summary).toContainText(/\$\d+\.\d{2}/);

    // The scenario name field shows the whole name, over as many lines as it needs.
    const name = inspector.getByRole('textbox', { name: /^Name/ });
    await expect(name).toHaveValue(BUSY.name ?? '');
    expect(await showsAll(name)).toBe(true);

    // The share link: the whole link is in view in the dialog, not only its start.
    await page.getByRole('button', { name: /^Scenario menu: / }).click();
    await page.getByRole('menuitem', { name: 'Copy share link' }).click();
    const link = page.getByRole('textbox', { name: 'Link to this scenario' });
    await expect(link).toHaveValue(/#s=.{40,}/);
    expect(await showsAll(link)).toBe(true);
  });

  test("the simulator's own settings say so and link to our docs; AWS's say AWS default and link to AWS", async ({ page }) => {
    await openApp(page);
    const seed = page.locator('[data-field="seed"]');
    await expect(seed).toContainText('Simulator setting');
    await expect(seed).not.toContainText('AWS default');
    const docs = seed.getByRole('link', { name: 'Simulator documentation: Seed' });
    await expect(docs).toHaveAttribute('href', 'docs/simulator-settings.html#seed');
    // The page is shipped with the site, and the link lands on the section that explains the seed.
    const response = await page.request.get(new URL('docs/simulator-settings.html', page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/<h\d id="seed">Seed<\/h\d>/);

    await page.getByTestId('node-api').click();
    const duration = page.locator('[data-field="durationMs"]');
    await expect(duration).toContainText('Simulator setting');
    await expect(duration.getByRole('link', { name: 'Simulator documentation: Handler duration' })).toHaveAttribute('href', /simulator-settings\.html#handler-duration$/);
    const memory = page.locator('[data-field="memoryMB"]');
    await expect(memory).toContainText('AWS default: 128');
    await expect(memory.getByRole('link', { name: 'AWS documentation: Memory' })).toHaveAttribute('href', /docs\.aws\.amazon\.com/);
  });

  test('nodes added from the keyboard never land on another; the preset notice covers neither palette nor diagram; bus and FIFO items make what they say', async ({ page }) => {
    await openApp(page);
    await openPreset(page, 'ALB spike against reserved concurrency');
    // The notice of the opened preset sits clear of the palette and the diagram, and can be dismissed.
    const notice = page.getByTestId('scenario-notice');
    await expect(notice).toContainText(/Opened preset/);
    const noticeBox = await box(notice);
    expect(overlap(noticeBox, await box(page.getByRole('navigation', { name: 'Palette of AWS resources' })))).toBe(false);
    expect(overlap(noticeBox, await box(page.getByRole('region', { name: 'Diagram canvas' })))).toBe(false);
    await notice.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(notice).toBeEmpty();

    // Three functions added with Enter from the palette: each in a spot of its own.
    const add = page.getByRole('button', { name: 'Add Lambda function' });
    for (let i = 0; i < 3; i++) {
      await add.focus();
      await page.keyboard.press('Enter');
    }
    const nodes = page.locator('.react-flow__node');
    await expect(nodes).toHaveCount(5);
    const boxes = await Promise.all((await nodes.all()).map(box));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `nodes ${i} and ${j} overlap`).toBe(false);

    // "EventBridge bus (target)" makes a node that says it is a bus.
    await page.getByRole('button', { name: 'Add EventBridge bus (target)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node.selected')).toContainText('EventBridge bus');
    // The palette's SQS FIFO queue makes a queue with FIFO set, named as the SQS console names it.
    await page.getByRole('button', { name: 'Add SQS FIFO queue' }).focus();
    await page.keyboard.press('Enter');
    const fifo = page.locator('.react-flow__node.selected');
    await expect(fifo).toContainText('SQS FIFO queue');
    await expect(page.getByRole('checkbox', { name: /FIFO/ })).toBeChecked();
  });
});

for (const width of [800, 768]) {
  test(`at ${width} px wide everything is reachable: no sideways scroll, and the inspector, event log, run settings and editing buttons are on the page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectWithinWidth(width, [
      page.getByRole('complementary', { name: 'Inspector' }),
      page.getByRole('region', { name: 'Event log' }),
      page.getByRole('group', { name: 'Run controls' }).getByRole('spinbutton', { name: 'Length (s)' }),
      page.getByRole('group', { name: 'Run controls' }).getByRole('spinbutton', { name: 'Seed' }),
      page.getByRole('button', { name: 'Run to end' }),
      page.getByRole('button', { name: 'Undo' }),
      page.getByRole('button', { name: 'Redo' }),
      page.getByRole('button', { name: 'Keyboard shortcuts' }),
      page.getByRole('button', { name: 'Add Lambda function' }),
    ]);
  });
}

test('on a phone the diagram and the run can be viewed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByTestId('node-api')).toBeInViewport();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('running');
  await expectWithinWidth(390, [page.getByRole('button', { name: 'Pause' }), page.getByTestId('clock')]);
});

/** Each element, scrolled to, lies within the page's width: reachable without sideways scrolling. */
async function expectWithinWidth(width: number, elements: Locator[]) {
  for (const element of elements) {
    await element.scrollIntoViewIfNeeded();
    const b = await box(element);
    expect(b.x, `${element} starts off the page`).toBeGreaterThanOrEqual(0);
    expect(b.x + Math.min(b.width, width), `${element} ends off the page`).toBeLessThanOrEqual(width + 1);
    await expect(element).toBeInViewport();
  }
}
