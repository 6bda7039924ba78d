import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://127.0.0.1:4380/');
await page.getByRole('button', { name: 'Play' }).waitFor();
console.log(await page.evaluate(() => [...document.querySelector('.lp-toolbar').children].map(c => `${c.className}:${Math.round(c.getBoundingClientRect().width)}x${Math.round(c.getBoundingClientRect().top)}`).join('\n')));
console.log(await page.evaluate(() => [...document.querySelector('.lp-run-controls').children].map(c => `${c.className || c.tagName}:${Math.round(c.getBoundingClientRect().width)}`).join(' ')));
await browser.close();
