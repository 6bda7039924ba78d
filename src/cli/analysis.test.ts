import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runAnalysisCli } from './analysis';
import { NodeRunPool } from '../worker/nodePool';

const file = 'src/scenarios/alb-reserved-concurrency.json';

async function run(args: string[], workers: number) {
  let out = '';
  let err = '';
  const pool = new NodeRunPool(workers);
  try {
    const code = await runAnalysisCli(args, { readFile: (p) => readFileSync(p, 'utf8'), stdout: (t) => (out += t), stderr: (t) => (err += t), nowMs: () => 0 }, pool.run);
    return { code, out, err };
  } finally {
    await pool.close();
  }
}

describe('replications on the command line', () => {
  it('give identical results over 1, 2 and 4 worker_threads, as {"replications", "summary"} of intervals', async () => {
    const outs = [];
    for (const k of [1, 2, 4]) outs.push(await run([file, '--replications', '4', '--json'], k));
    expect(outs.map((o) => o.code)).toEqual([0, 0, 0]);
    expect(outs[1].out).toBe(outs[0].out);
    expect(outs[2].out).toBe(outs[0].out);
    const json = JSON.parse(outs[0].out);
    expect(json.replications).toBe(4);
    const inv = json.summary.functions.api.invocations;
    expect(inv.low).toBeLessThanOrEqual(inv.mean);
    expect(inv.high).toBeGreaterThanOrEqual(inv.mean);
  }, 120_000);
  it('read a file that starts with a byte-order mark (U+FEFF) like one without', async () => {
    const bomFile = 'bom.json';
    let out = '';
    let err = '';
    const pool = new NodeRunPool(1);
    try {
      const code = await runAnalysisCli(
        [bomFile, '--compare', bomFile, '--json'],
        { readFile: () => `\uFEFF${readFileSync(file, 'utf8')}`, stdout: (t) => (out += t), stderr: (t) => (err += t), nowMs: () => 0 },
        pool.run,
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(out).figures.every((f: { difference: number }) => f.difference === 0)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);
  it('refuse a bad sweep by naming it, with status 2', async () => {
    const r = await run([file, '--sweep', 'memoryMB=64'], 1);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/from 128 to 10,240 \(got "64"\)/);
  });
  it('sweep memory on both architectures with --architectures, naming each row and choice', async () => {
    const r = await run([file, '--sweep', 'memoryMB=512,1024', '--architectures', 'x86_64,arm64', '--json'], 2);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.sweep).toBe('memoryMB×architecture');
    expect(json.rows.map((row: { memoryMB: number; architecture: string }) => `${row.memoryMB} ${row.architecture}`)).toEqual(['512 x86_64', '1024 x86_64', '512 arm64', '1024 arm64']);
    // Same traffic and durations: arm64 at 512 MB is the cheapest of the four.
    expect(json.choices.cheapest).toEqual({ memoryMB: 512, architecture: 'arm64' });
    expect(json.sentence).toMatch(/^cheapest at 512 MB arm64/);
    const bad = await run([file, '--architectures', 'arm64'], 1);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--architectures goes with --sweep/);
  }, 120_000);
  it('compare a file with itself to zero difference', async () => {
    const r = await run([file, '--compare', file, '--json'], 2);
    const json = JSON.parse(r.out);
    for (const f of json.figures) expect(f.difference).toBe(0);
    expect(json.sentence).toBe('B: no difference');
  }, 60_000);
});

describe('--variants on the command line', () => {
  const withVariants = JSON.stringify({
    ...JSON.parse(readFileSync(file, 'utf8')),
    variants: [
      { name: 'Reserve 60', changes: [{ nodeId: 'api', config: { reservedConcurrency: 60 } }] },
      { name: 'Same', changes: [] },
    ],
  });
  const io = (out: { text: string; err: string }) => ({ readFile: () => withVariants, stdout: (t: string) => (out.text += t), stderr: (t: string) => (out.err += t), nowMs: () => 0 });

  it('compares the file with each of its variants under its seed: raising the reservation from 20 to 60 throttles less; no change, no difference', async () => {
    const out = { text: '', err: '' };
    const pool = new NodeRunPool(2);
    try {
      expect(await runAnalysisCli(['v.json', '--variants', '--json'], io(out), pool.run)).toBe(0);
    } finally {
      await pool.close();
    }
    const json = JSON.parse(out.text);
    expect(json.comparisons.map((c: { design: string; name: string }) => `${c.design} ${c.name}`)).toEqual(['B Reserve 60', 'C Same']);
    const throttles = json.comparisons[0].figures.find((f: { figure: string }) => f.figure === 'throttles');
    expect(throttles.a).toBeGreaterThan(0);
    expect(throttles.difference).toBeLessThan(0);
    expect(json.comparisons[0].sentence).toMatch(/^B: .*fewer throttles/);
    expect(json.comparisons[1].figures.every((f: { difference: number }) => f.difference === 0)).toBe(true);
    expect(json.comparisons[1].sentence).toBe('C: no difference');
  }, 120_000);

  it('says so, with status 2, when the file has no variants', async () => {
    const out = { text: '', err: '' };
    const code = await runAnalysisCli([file, '--variants'], { ...io(out), readFile: (p) => readFileSync(p, 'utf8') }, () => Promise.reject(new Error('not run')));
    expect(code).toBe(2);
    expect(out.err).toMatch(/--variants needs a scenario with "variants"/);
  });
});
