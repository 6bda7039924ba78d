/**
 * UI speed: while the largest diagram runs at max speed in Chromium, count
 * main-thread tasks over 50 ms and frames per second. Prints, never fails.
 *
 *   npx vite build && npx tsx bench/ui.ts            # serves dist/ on port 4390
 *   npx tsx bench/ui.ts dist-ui 4391                 # another build folder and port
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { encodeShareHash } from '../src/io/shareLink';
import { ENGINE_LIMITS, parseScenario, type Scenario, type ScenarioInput } from '../src/model';
import { DEFAULT_SCENARIO } from '../src/scenarios';

const distDir = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? 4390);
const MEASURE_MS = 10_000;
const LONG_TASK_MS = 50;

/** As many nodes as a scenario may hold: a quarter each of ALB, SQS, Kinesis and S3 pipelines into their own function. */
function largestDiagram(): ScenarioInput {
  const pairs = ENGINE_LIMITS.maxNodes / 2;
  const sources = ['alb', 'sqs', 'kinesis', 's3'] as const;
  const nodes: ScenarioInput['nodes'] = [];
  const edges: ScenarioInput['edges'] = [];
  for (let i = 0; i < pairs; i++) {
    const kind = sources[i % sources.length];
    const x = (i % 10) * 520;
    const y = Math.floor(i / 10) * 160;
    nodes.push({ id: `src${i}`, kind, position: { x, y }, config: { traffic: { pattern: 'poisson', ratePerSecond: 20 } } });
    nodes.push({
      id: `fn${i}`,
      kind: 'function',
      position: { x: x + 250, y },
      config: { reservedConcurrency: 5, durationMs: { distribution: 'exponential', mean: 200 }, errorRate: 0.02 },
    });
    edges.push({ id: `e${i}`, source: `src${i}`, target: `fn${i}`, kind: 'trigger' });
  }
  return { schemaVersion: 2, name: `Largest diagram (${nodes.length} nodes)`, seed: 1, durationSeconds: 6 * 3600, nodes, edges };
}

async function waitForServer(url: string, failure: () => string | null): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const failed = failure();
    if (failed) throw new Error(failed);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

async function main(): Promise<void> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error(`${distDir}/index.html is missing: run \`npx vite build --outDir ${distDir}\` first`);
  const parsed = parseScenario(largestDiagram());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const server = spawn('npx', ['vite', 'preview', '--outDir', distDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    // Its own process group: killing npx alone would leave vite serving the port, and the next run would measure an old build.
    detached: true,
  });
  let serverExit: string | null = null;
  server.on('exit', (code) => (serverExit = `vite preview exited (${code}); is port ${port} in use?`));
  const base = `http://127.0.0.1:${port}/`;
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await waitForServer(base, () => serverExit);
    // The default diagram over a week (so max speed does not reach the end while measuring), then the largest.
    // LARGEST_ONLY=1 measures the largest diagram alone.
    const scenarios = [{ ...DEFAULT_SCENARIO, durationSeconds: 7 * 86_400 }, parsed.scenario];
    for (const scenario of process.env.LARGEST_ONLY ? scenarios.slice(1) : scenarios) await measure(browser, base, scenario);
  } finally {
    await browser.close();
    if (server.pid !== undefined && serverExit === null) process.kill(-server.pid);
  }
}

async function measure(browser: Browser, base: string, scenario: Scenario): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(base + encodeShareHash(scenario));
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.waitForTimeout(1500);
    await page.getByLabel('Speed').selectOption('max');
    // NO_DASHBOARD=1 measures the canvas alone.
    if (process.env.NO_DASHBOARD) await page.getByRole('button', { name: 'Hide dashboard' }).click();
    // A string, not a function: the page must not see the Node-side bundler's helpers.
    await page.evaluate(`
      window.benchLong = [];
      window.benchFrames = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.duration > ${LONG_TASK_MS}) window.benchLong.push(entry.duration);
      }).observe({ type: 'longtask' });
      (function frame() { window.benchFrames++; requestAnimationFrame(frame); })();
      window.benchLoaf = [];
      window.benchT0 = performance.now();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.duration > ${LONG_TASK_MS}) window.benchLoaf.push({
          atMs: Math.round(e.startTime - window.benchT0),
          duration: Math.round(e.duration),
          script: Math.round((e.renderStart || e.startTime + e.duration) - e.startTime),
          render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0),
          layout: Math.round(e.renderStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0),
          scripts: e.scripts.map((s) => s.invokerType + ' ' + s.invoker + ' ' + Math.round(s.duration) + ' (layout ' + Math.round(s.forcedStyleAndLayoutDuration) + ')').join('; '),
        });
      }).observe({ type: 'long-animation-frame' });
    `);
    const clockStart = Number(await page.getByTestId('clock').getAttribute('data-ms'));
    await page.getByRole('button', { name: 'Play' }).click();
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
    const traceFile = process.env.TRACE ? `${process.env.TRACE}-${scenario.nodes.length}.json` : null;
    if (traceFile) await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', ...(process.env.TRACE_JS ? ['disabled-by-default-v8.cpu_profiler'] : [])] });
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await page.waitForTimeout(MEASURE_MS);
    if (traceFile) await browser.stopTracing();
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      samples.forEach((id, i) => {
        const frame = byId.get(id)?.callFrame;
        const key = `${frame?.functionName || '(anon)'} ${frame?.url.split('/').pop()}:${frame?.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
      });
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0)} ms ${k}`).join('\n'));
    }
    if (process.env.SHOT) await page.screenshot({ path: `${process.env.SHOT}-${scenario.nodes.length}.png` });
    if (process.env.LOAF) for (const f of (await page.evaluate('window.benchLoaf')) as object[]) console.log(JSON.stringify(f));
    const result = (await page.evaluate('({ long: window.benchLong, frames: window.benchFrames })')) as { long: number[]; frames: number };
    const clockEnd = Number(await page.getByTestId('clock').getAttribute('data-ms'));
    const status = await page.getByTestId('run-status').textContent();
    const maxTask = result.long.length ? Math.max(...result.long) : 0;
    console.log(`diagram: ${scenario.nodes.length} nodes, ${scenario.edges.length} links, speed max, measured ${MEASURE_MS / 1000} s of wall time`);
    console.log(`simulated: ${((clockEnd - clockStart) / 1000).toFixed(0)} s (${status})`);
    console.log(`main-thread tasks over ${LONG_TASK_MS} ms: ${result.long.length} (longest ${maxTask.toFixed(0)} ms)`);
    console.log(`frames per second: ${((result.frames * 1000) / MEASURE_MS).toFixed(1)}`);
  } finally {
    await page.close();
  }
}

await main();
