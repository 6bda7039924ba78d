/** `npm run simulate` runs src/cli/main.ts from a bundle (scripts/cli.mjs): the same output, messages and exit codes as the TypeScript source. */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, encoding: 'utf8' });
const bundled = (args: string[]) => run('node', ['scripts/cli.mjs', 'src/cli/main.ts', ...args]);
const withoutWall = (text: string) => ({ ...JSON.parse(text), wallMs: 0 });
const source = (args: string[]) => run('npx', ['tsx', 'src/cli/main.ts', ...args]);

describe('the bundled command line', () => {
  it('prints the same summary as the source, apart from its wall time', () => {
    const args = ['src/scenarios/alb-reserved-concurrency.json', '--json'];
    const a = bundled(args);
    const b = source(args);
    expect(a.status).toBe(0);
    expect(withoutWall(a.stdout)).toEqual(withoutWall(b.stdout));
  }, 60_000);

  it.each([[[]], [['no-such-file.json']], [['--bogus']]])('fails like the source on %j', (args: string[]) => {
    const a = bundled(args);
    const b = source(args);
    expect(a.status).toBe(2);
    expect([a.status, a.stdout, a.stderr]).toEqual([b.status, b.stdout, b.stderr]);
  }, 60_000);
});
