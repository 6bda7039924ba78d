import { expect, test } from '@playwright/test';
import { watchForErrors } from './screen-helpers';
import { autosavedScenario, expectAutosaved, runToEnd } from './scenarios-helpers';
import type { Scenario } from '../src/model';

function albTraffic(scenario: Scenario | null): Record<string, unknown> | undefined {
  const config = scenario?.nodes.find((n) => n.id === 'alb')?.config as { traffic?: Record<string, unknown> } | undefined;
  return config?.traffic;
}

/**
 * The default diagram: an ALB sending 100 requests a second (Poisson) to a
 * function for 600 s. Hand-computed traffic after the edits below:
 * 0-120 s at 100/s, a step to 250/s at 120 s, a ramp from 300 s to 420 s up to
 * 400/s (it starts from the 250 then in force), 400/s to the end. Peak 400 at
 * 7:00; expected requests 100x120 + 250x180 + (250+400)/2x120 + 400x180
 * = 12,000 + 45,000 + 39,000 + 72,000 = 168,000.
 */
const EDITED_SUMMARY = 'peak 400 req/s at 7:00; 168,000 expected requests over 10 min';

test('the ALB traffic: a step and a ramp without typing JSON; the preview shows the new peak; a negative rate never reaches the engine', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchForErrors(page);
  await page.goto('./');
  await page.getByTestId('node-alb').click();
  const summary = page.getByTestId('traffic-summary');
  await expect(summary).toHaveText('peak 100 req/s at 0:00; 60,000 expected requests over 10 min');
  await expect(page.getByRole('img', { name: 'Arrival rate over the run' })).toBeVisible();
  // No JSON editor: the traffic is edited as rows (the node's name is a wrapping text box, not JSON).
  await expect(page.locator('textarea.lp-json-input')).toHaveCount(0);

  // Keyboard: Enter on "Add row" adds a step one minute in at the current rate, and moves the focus into it.
  await page.getByRole('button', { name: 'Add row to Steps' }).focus();
  await page.keyboard.press('Enter');
  const time = page.getByRole('spinbutton', { name: 'Time (s) in row 1 of Steps' });
  const rate = page.getByRole('spinbutton', { name: 'Rate (/s) in row 1 of Steps' });
  await expect(time).toBeFocused();
  await expect(time).toHaveValue('60');
  await expect(rate).toHaveValue('100');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('120');
  await rate.fill('250');
  // 100x120 + 250x480.
  await expect(summary).toHaveText('peak 250 req/s at 2:00; 132,000 expected requests over 10 min');

  // Mouse: switch the ramp on, then set it.
  await page.getByRole('checkbox', { name: 'Use ramp' }).click();
  const ramp = page.getByRole('group', { name: 'Ramp' });
  await expect(ramp.getByRole('spinbutton', { name: 'Ramp start (s)' })).toHaveValue('60');
  await ramp.getByRole('spinbutton', { name: 'Ramp end (s)' }).fill('420');
  await ramp.getByRole('spinbutton', { name: 'Ramp start (s)' }).fill('300');
  await ramp.getByRole('spinbutton', { name: 'Ramp to (/s)' }).fill('400');
  await expect(summary).toHaveText(EDITED_SUMMARY);
  // Every control of the traffic editor has a name a screen reader can say.
  const controls = page.getByRole('complementary', { name: 'Inspector' }).locator('button, input, select, textarea');
  for (let i = 0; i < (await controls.count()); i++) await expect(controls.nth(i)).not.toHaveAccessibleName('');
  await expectAutosaved(page, (s) => (albTraffic(s)?.ramp as { toRatePerSecond?: number } | null)?.toRatePerSecond === 400);

  // A negative rate: the reason shows by its row, the preview keeps the valid traffic, and nothing is stored.
  await rate.fill('-5');
  const steps = page.locator('[data-field="traffic.steps"]');
  await expect(steps.getByRole('alert')).toHaveText(/^Row 1: Rate \(\/s\): .*(>=0|0)/);
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveText(EDITED_SUMMARY);
  await expect(page.locator('.lp-traffic-preview')).toContainText('this is the traffic the engine runs');
  expect(albTraffic(await autosavedScenario(page))).toMatchObject({
    ratePerSecond: 100,
    steps: [{ atSeconds: 120, ratePerSecond: 250 }],
    ramp: { startSeconds: 300, endSeconds: 420, toRatePerSecond: 400 },
  });

  // The engine runs the stored traffic: every request the ALB sent was invoked or throttled.
  // Poisson arrivals around 168,000 have a standard deviation of about 410; 60,000 or 132,000 would be far outside.
  await runToEnd(page);
  // The run summary is in the scenario view, shown when nothing is selected.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const row = page.getByRole('region', { name: 'Run summary' }).getByRole('row', { name: /^api/ });
  const cell = async (n: number) => Number((await row.getByRole('cell').nth(n).textContent())?.replace(/,/g, ''));
  const requests = (await cell(0)) + (await cell(2));
  expect(requests).toBeGreaterThan(166_000);
  expect(requests).toBeLessThan(170_000);
  expect(errors).toEqual([]);
});

test('a burst shows as a tick and in the sentence; Remove takes its row away', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('node-alb').click();
  const summary = page.getByTestId('traffic-summary');
  await page.getByRole('button', { name: 'Add row to Bursts' }).click();
  // A first burst: one minute in, 100 requests at one instant.
  await expect(page.getByRole('spinbutton', { name: 'Time (s) in row 1 of Bursts' })).toHaveValue('60');
  await expect(page.getByRole('spinbutton', { name: 'Count in row 1 of Bursts' })).toHaveValue('100');
  await page.getByRole('spinbutton', { name: 'Count in row 1 of Bursts' }).fill('5000');
  await expect(page.getByTestId('traffic-burst')).toHaveCount(1);
  // 100 x 600 + 5,000.
  await expect(summary).toHaveText('peak 100 req/s at 0:00; 65,000 expected requests over 10 min (a burst of 5,000 at 1:00)');
  await page.getByRole('button', { name: 'Remove row 1 of Bursts' }).click();
  await expect(page.getByTestId('traffic-burst')).toHaveCount(0);
  await expect(summary).toHaveText('peak 100 req/s at 0:00; 60,000 expected requests over 10 min');
});

test('switching the ramp off and on again brings back the values it had', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('node-alb').click();
  const summary = page.getByTestId('traffic-summary');
  const useRamp = page.getByRole('checkbox', { name: 'Use ramp' });
  await useRamp.click();
  const ramp = page.getByRole('group', { name: 'Ramp' });
  await ramp.getByRole('spinbutton', { name: 'Ramp to (/s)' }).fill('400');
  // 100/s, then from 60 s to 300 s up to 400/s: 100x60 + (100+400)/2x240 + 400x300 = 6,000 + 60,000 + 120,000.
  await expect(summary).toHaveText('peak 400 req/s at 5:00; 186,000 expected requests over 10 min');
  await useRamp.click();
  await expect(summary).toHaveText('peak 100 req/s at 0:00; 60,000 expected requests over 10 min');
  await useRamp.click();
  await expect(ramp.getByRole('spinbutton', { name: 'Ramp to (/s)' })).toHaveValue('400');
  await expect(summary).toHaveText('peak 400 req/s at 5:00; 186,000 expected requests over 10 min');
});
