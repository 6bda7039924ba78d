/** What the screen specs share: opening the app while listening for errors, reading the clock and badges. */
import { expect, type Page } from '@playwright/test';
import { encodeShareHash } from '../src/io/shareLink';
import { parseScenario, type ScenarioInput } from '../src/model';

/** Console errors, uncaught exceptions and Content-Security-Policy violations seen by the page. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The simulated clock in milliseconds, as the toolbar shows it. */
export async function clockMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('clock').getAttribute('data-ms'));
}

/** A badge such as "throttles 1,234" or "12 / 20" read as its first number. */
export async function badgeNumber(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const match = /(\d[\d,]*(?:\.\d+)?)/.exec(text);
  if (!match) throw new Error(`badge ${testId} reads "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** Opens the app with a scenario through a share link, as a person following one would. */
export async function openScenario(page: Page, scenario: ScenarioInput, base = './'): Promise<void> {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`test scenario is invalid: ${JSON.stringify(parsed.issues)}`);
  await page.goto(base + encodeShareHash(parsed.scenario));
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
}
