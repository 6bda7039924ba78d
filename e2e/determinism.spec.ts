import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { runToEnd as runInNode } from '../src/engine';
import type { SimulationSummary } from '../src/engine/api';
import type { Scenario } from '../src/model';
import { menuButton, openApp, openPreset, runToEnd } from './scenarios-helpers';

/**
 * Same scenario, same seed: the browser's engine (the app's own worker) and Node's give the same
 * summary, every field to the last digit. The page keeps what it sent to the worker and what the
 * worker answered; the test process runs that very scenario in Node and compares the two.
 */
declare global {
  interface Window {
    determinismRecord?: { loaded: Scenario[]; summaries: SimulationSummary[] };
  }
}

/** Wraps the page's Worker so that `load` messages and `summary` answers are kept (the app is not changed). */
function recordWorkerMessages(): void {
  const record = { loaded: [] as Scenario[], summaries: [] as SimulationSummary[] };
  window.determinismRecord = record;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent<{ type: string; summary?: SimulationSummary }>) => {
        if (event.data?.type === 'summary' && event.data.summary) record.summaries.push(event.data.summary);
      });
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      const m = message as { type?: string; scenario?: Scenario };
      if (m?.type === 'load' && m.scenario) record.loaded.push(structuredClone(m.scenario));
      // oxlint-disable-next-line unicorn/require-post-message-target-origin
      super.postMessage(message, transfer as Transferable[]);
    }
  };
}

/** Every leaf of a summary as [path, value], in a fixed order. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.keys(value)
    .sort()
    .flatMap((key) => leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
}

/** Runs to the end in the app what `open` loads; returns the scenario the worker was given and its summary. */
async function browserRun(page: Page, open: () => Promise<void>): Promise<{ scenario: Scenario; summary: SimulationSummary }> {
  await page.addInitScript(recordWorkerMessages);
  await openApp(page);
  await open();
  await runToEnd(page);
  await expect.poll(() => page.evaluate(() => window.determinismRecord?.summaries.length ?? 0)).toBeGreaterThan(0);
  const record = await page.evaluate(() => window.determinismRecord!);
  return { scenario: record.loaded.at(-1)!, summary: record.summaries.at(-1)! };
}

/** Each of these gave the browser other last digits (mean concurrency, a percentile) with Math.exp, log, sin and cos. */
const PRESETS = [
  { file: 'kinesis-poison-record', why: 'a stream: iterator age, bisection, lognormal durations' },
  { file: 'async-dlq-vs-destination', why: 'async retries, backoff, DLQ and destination' },
  { file: 's3-thumbnail-pipeline', why: 'S3 notifications: async invocations, lognormal delivery delays, cold starts' },
];

/** The browser's summary and Node's for the same scenario: the same fields, each `===`. */
function expectSameSummary(browser: { scenario: Scenario; summary: SimulationSummary }): void {
  const node = runInNode(browser.scenario);
  // wallMs is the wall time the worker measured (the engine leaves it 0); every other field is the engine's.
  const fromBrowser = leaves({ ...browser.summary, wallMs: 0 });
  const fromNode = leaves(node);
  expect(fromBrowser.map(([path]) => path)).toEqual(fromNode.map(([path]) => path));
  const differing = fromNode.map(([path, value], i) => ({ path, node: value, browser: fromBrowser[i][1] })).filter((d) => d.node !== d.browser);
  expect(differing).toEqual([]);
  expect(fromNode.length).toBeGreaterThan(40);
}

for (const preset of PRESETS) {
  test(`${preset.file} (${preset.why}): the browser's summary equals Node's, field by field, to the last digit`, async ({ page }) => {
    test.setTimeout(120_000);
    const file = JSON.parse(readFileSync(`src/scenarios/${preset.file}.json`, 'utf8')) as { name: string; seed: number };
    const browser = await browserRun(page, () => openPreset(page, file.name));
    expect(browser.scenario.seed).toBe(file.seed);
    expectSameSummary(browser);
  });
}

/**
 * No preset has a daily cycle: this one does (its rate follows a cosine), with lognormal and exponential
 * durations. With Math.exp, Math.log, Math.sin and Math.cos, seed 3 gave the browser other last digits
 * for mean concurrency and a duration percentile.
 */
const DAILY_CYCLE = {
  schemaVersion: 2,
  name: 'Determinism: daily cycle',
  seed: 3,
  durationSeconds: 7200,
  nodes: [
    { id: 'web', kind: 'alb', position: { x: 0, y: 0 }, config: { traffic: { pattern: 'poisson', ratePerSecond: 20, dailyCycle: { amplitude: 0.9, peakHourUTC: 1 } } } },
    { id: 'api', kind: 'function', position: { x: 300, y: 0 }, config: { durationMs: { distribution: 'lognormal', p50: 120, p99: 900 }, errorRate: 0.02 } },
    { id: 'jobs', kind: 'client', position: { x: 0, y: 200 }, config: { invocationType: 'async', traffic: { pattern: 'poisson', ratePerSecond: 5, dailyCycle: { amplitude: 0.5, peakHourUTC: 13 } } } },
    { id: 'worker', kind: 'function', position: { x: 300, y: 200 }, config: { durationMs: { distribution: 'exponential', mean: 400 }, errorRate: 0.1, reservedConcurrency: 2 } },
  ],
  edges: [
    { id: 'e1', source: 'web', target: 'api', kind: 'trigger' },
    { id: 'e2', source: 'jobs', target: 'worker', kind: 'trigger' },
  ],
};

test("a scenario with a daily traffic cycle: the browser's summary equals Node's, field by field, to the last digit", async ({ page }) => {
  test.setTimeout(120_000);
  const browser = await browserRun(page, async () => {
    await page.getByLabel('Scenario file to open').setInputFiles({ name: 'daily.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(DAILY_CYCLE)) });
    await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${DAILY_CYCLE.name}`);
  });
  expect(browser.scenario.seed).toBe(DAILY_CYCLE.seed);
  expect(browser.scenario.nodes.find((n) => n.id === 'web')?.config).toMatchObject({ traffic: { dailyCycle: { amplitude: 0.9 } } });
  expectSameSummary(browser);
});
