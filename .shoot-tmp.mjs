import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:4380/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const sizes = (process.env.SIZES ?? '1440x900,1280x720,800x900,768x1024,390x844').split(',');
for (const size of sizes) {
  const [w, h] = size.split('x').map(Number);
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: theme });
    await page.goto(base);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const cur = await page.locator('html').getAttribute('data-theme');
    if (cur !== theme) await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click();
    if (process.env.PRESET) {
      await page.getByRole('button', { name: /^Scenario menu: / }).click();
      await page.getByRole('menuitem', { name: 'Open preset…' }).click();
      await page.getByRole('button', { name: `Open preset: ${process.env.PRESET}` }).click();
    }
    if (process.env.RUN) { await page.getByRole('button', { name: 'Play' }).click(); await page.waitForTimeout(Number(process.env.RUN)); }
    if (process.env.BUTTON) { await page.getByRole('button', { name: process.env.BUTTON, exact: true }).click(); await page.waitForTimeout(800); }
    if (process.env.CLICK) { await page.getByTestId(process.env.CLICK).click().catch(() => {}); }
    await page.screenshot({ path: `/tmp/shots-layout/${process.env.TAG ?? 'main'}-${size}-${theme}.png` });
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(size, theme, 'scrollWidth', sw);
    await page.close();
  }
}
await browser.close();
