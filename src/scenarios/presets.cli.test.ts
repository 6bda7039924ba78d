/** The preset files are what the command line runs too: `npm run simulate -- src/scenarios/<id>.json --json`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { PRESETS } from '.';

const root = fileURLToPath(new URL('../..', import.meta.url));
const presetPath = (id: string) => `src/scenarios/${id}.json`;

function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, {
    readFile: (path) => files[path] ?? readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    nowMs: () => 0,
  });
  return { status, stdout, stderr };
}

describe('command line over the preset files', () => {
  it.each(PRESETS.map((p) => p.id))('%s exits 0 with nonzero invocations', (id) => {
    const { status, stdout } = cli([presetPath(id), '--json']);
    expect(status).toBe(0);
    const summary = JSON.parse(stdout) as { functions: Record<string, { invocations: number }> };
    expect(Object.values(summary.functions).reduce((s, f) => s + f.invocations, 0)).toBeGreaterThan(0);
  });

  it('runs as a real process (npm run simulate) on a preset', () => {
    const out = execFileSync('node', ['scripts/cli.mjs', 'src/cli/main.ts', presetPath('scaling-legacy-operator-guide'), '--json'], { cwd: root, encoding: 'utf8' });
    // The Operator Guide's numbers under the legacy model: 3,000 served, 7,000 throttled.
    const handler = (JSON.parse(out) as { functions: Record<string, { invocations: number; throttles: number }> }).functions.handler;
    expect([handler.invocations, handler.throttles]).toEqual([3000, 7000]);
  }, 60_000);

  it('exits 2 naming the field for a broken preset copy', () => {
    const broken = JSON.parse(readFileSync(new URL('./recursive-loop.json', import.meta.url), 'utf8'));
    broken.nodes[1].config.memoryMB = 64;
    const { status, stderr } = cli(['broken.json'], { 'broken.json': JSON.stringify(broken) });
    expect(status).toBe(2);
    expect(stderr).toMatch(/broken\.json: nodes\[1\] \(relay\)\.config\.memoryMB/);
  });

  it('exits 2 for a newer schema version and for a scenario beyond the engine limits', () => {
    const base = JSON.parse(readFileSync(new URL('./alb-reserved-concurrency.json', import.meta.url), 'utf8'));
    const newer = cli(['newer.json'], { 'newer.json': JSON.stringify({ ...base, schemaVersion: 3 }) });
    expect(newer.status).toBe(2);
    expect(newer.stderr).toMatch(/schemaVersion 3 is newer/);
    base.nodes[0].config.traffic.ratePerSecond = 100_000_000;
    const huge = cli(['huge.json'], { 'huge.json': JSON.stringify(base) });
    expect(huge.status).toBe(2);
    expect(huge.stderr).toMatch(/ratePerSecond: .*billion/);
  });

  it('a real process exits with status 2 for a file that is not JSON, and for an HTML page that is no review report', () => {
    const markdown = spawnSync('node', ['scripts/cli.mjs', 'src/cli/main.ts', 'README.md'], { cwd: root, encoding: 'utf8' });
    expect(markdown.status).toBe(2);
    expect(markdown.stderr).toMatch(/^README\.md is not valid JSON/);
    const page = spawnSync('node', ['scripts/cli.mjs', 'src/cli/main.ts', 'index.html'], { cwd: root, encoding: 'utf8' });
    expect(page.status).toBe(2);
    expect(page.stderr).toMatch(/^index\.html is an HTML page but not a review report/);
  }, 60_000);

  it('a real process runs a SAM template', () => {
    const result = spawnSync('node', ['scripts/cli.mjs', 'src/cli/main.ts', 'src/io/fixtures/sam-template.yaml'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/simulated seconds/);
  }, 60_000);
});
