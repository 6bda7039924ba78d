import { expect, test } from '@playwright/test';
import { PRESET_FILES } from './scenarios-data';
import { canvasNodeIds, openApp, openPreset, runToEnd } from './scenarios-helpers';

test.describe('every preset loads and runs in the app', () => {
  for (const preset of PRESET_FILES) {
    test(`${preset.id}: opens, shows its question, and runs to the end with invocations`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await openApp(page);

      await page.getByRole('button', { name: /^Scenario menu: / }).click();
      await page.getByRole('menuitem', { name: 'Open preset…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open a preset' });
      await expect(dialog.getByText(preset.question)).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();

      await openPreset(page, preset.title);
      expect(await canvasNodeIds(page)).toEqual(preset.scenario.nodes.map((n) => n.id).sort());

      await runToEnd(page, 170_000);
      // Every preset starts at least one execution environment, so some function shows cold starts.
      // The badges take the run's last figures on the next frame after "done", which on a loaded machine may come a moment later.
      const coldTotal = async () => {
        const colds = await page.locator('[data-testid^="badge-coldstarts-"]').allTextContents();
        return colds.map((t) => Number((/(\d[\d,]*)/.exec(t)?.[1] ?? '0').replace(/,/g, ''))).reduce((a, b) => a + b, 0);
      };
      await expect.poll(coldTotal, { message: 'cold starts shown on the badges' }).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  }
});
