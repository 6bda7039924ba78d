import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Chromium from CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own (a laptop after `npx playwright install chromium`).
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** E2E_DIST and E2E_PORT let two builds be tested side by side; the defaults are what `npm test` uses. */
const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4173);
const subPathPort = port + 1;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: [
    {
      // The built site as a static host serves it.
      command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same files under a sub-path, as GitHub Pages or an S3 prefix would serve them.
      command: `node scripts/serve-static.mjs ${dist} ${subPathPort} /some/path/`,
      url: `http://127.0.0.1:${subPathPort}/some/path/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

export const SUB_PATH_URL = `http://127.0.0.1:${subPathPort}/some/path/`;
