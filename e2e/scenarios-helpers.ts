/** What the scenario e2e specs do through the screen, by accessible names. */
import { expect, type Page } from '@playwright/test';
import type { Scenario } from '../src/model';

export const AUTOSAVE_KEY = 'lambda-playground:autosave';

export function menuButton(page: Page) {
  return page.getByRole('button', { name: /^Scenario menu: / });
}

export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(menuButton(page)).toBeVisible();
}

export async function chooseMenuItem(page: Page, label: string | RegExp): Promise<void> {
  await menuButton(page).click();
  await page.getByRole('menuitem', { name: label }).click();
}

export async function openPreset(page: Page, title: string): Promise<void> {
  await chooseMenuItem(page, 'Open preset…');
  const dialog = page.getByRole('dialog', { name: 'Open a preset' });
  await dialog.getByRole('button', { name: `Open preset: ${title}` }).click();
  await expect(dialog).toBeHidden();
  await expect(menuButton(page)).toHaveAccessibleName(`Scenario menu: ${title}`);
}

/** The node ids on the canvas, sorted (React Flow puts each node's id in data-id). */
export async function canvasNodeIds(page: Page): Promise<string[]> {
  const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  return ids.sort();
}

/** The autosaved scenario, once the debounce has written it. */
export async function autosavedScenario(page: Page): Promise<Scenario | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  return text ? (JSON.parse(text) as { scenario: Scenario }).scenario : null;
}

export async function expectAutosaved(page: Page, check: (s: Scenario | null) => boolean): Promise<void> {
  await expect.poll(async () => check(await autosavedScenario(page)), { timeout: 10_000 }).toBe(true);
}

export async function runToEnd(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: timeoutMs });
}

/** Reads a badge such as "throttles 1,234", "cold 12" or "throttles 38.3 k" as a number (the last one to three digits only). */
export async function badgeCount(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const match = /(\d[\d,]*(?:\.\d+)?)\s?([kM]?)\s*$/.exec(text.trim());
  if (!match) throw new Error(`badge ${testId} reads "${text}"`);
  const scale = match[2] === 'k' ? 1e3 : match[2] === 'M' ? 1e6 : 1;
  return Number(match[1].replace(/,/g, '')) * scale;
}
