import { compareSummaries, differenceSentence } from '../analysis/compare';
import { applyVariant, baseDesign, designLetter } from '../model';
import { replicate, type RunScenario } from '../analysis/replicate';
import { atPoint, chooseFromSweep, parseArchitectures, parseSweep, sweepPoints, sweepRow, type Architecture } from '../analysis/sweep';
import type { CliIo } from './run';
import { loadScenario } from './loadScenario';

export const ANALYSIS_USAGE =
  'usage: npm run simulate -- FILE [--replications N] [--compare OTHER.json | --variants] [--sweep memoryMB=128,512,... [--architectures x86_64,arm64]] [--workers K] [--json]';

/** True when the arguments ask for replications, a comparison or a sweep (the rest goes to runCli). */
export const isAnalysis = (args: readonly string[]): boolean => args.some((a) => a === '--replications' || a === '--compare' || a === '--variants' || a === '--sweep');

interface Options {
  file: string;
  json: boolean;
  replications: number;
  compare?: string;
  /** Compare the file with each of its own `variants`. */
  variants?: boolean;
  sweep?: number[];
  architectures?: Architecture[];
  workers?: number;
}

function parseArgs(args: readonly string[]): Options | string {
  const files: string[] = [];
  const o: Partial<Options> = { json: false, replications: 1 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--json') o.json = true;
      else if (a === '--replications' || a === '--workers') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) return `${a} expects a whole number of at least 1 (got "${args[i]}")`;
        if (a === '--replications') o.replications = n;
        else o.workers = n;
      } else if (a === '--compare') o.compare = value();
      else if (a === '--variants') o.variants = true;
      else if (a === '--sweep') {
        const s = parseSweep(value());
        if (!s.ok) return s.message;
        o.sweep = s.memoryMB;
      } else if (a === '--architectures') {
        const s = parseArchitectures(value());
        if (!s.ok) return s.message;
        o.architectures = s.architectures;
      } else if (a.startsWith('--')) return `unknown option ${a}`;
      else files.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (files.length !== 1) return 'give exactly one scenario file';
  if (o.architectures && !o.sweep) return '--architectures goes with --sweep memoryMB=...';
  if (o.variants && o.compare !== undefined) return '--variants compares the file with its own variants; --compare OTHER.json with another file: give one';
  return { ...o, file: files[0] } as Options;
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));

/** Replications, comparison and sweep from the command line; `run` runs one scenario (a worker pool in main.ts). */
export async function runAnalysisCli(args: readonly string[], io: CliIo, run: RunScenario): Promise<number> {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    io.stderr(`${o}\n${ANALYSIS_USAGE}\n`);
    return 2;
  }
  // null: loadScenario has said why on stderr.
  const scenario = loadScenario(io, o.file);
  if (!scenario) return 2;
  if (o.compare !== undefined) {
    const other = loadScenario(io, o.compare);
    if (!other) return 2;
    const [a, b] = await Promise.all([run(scenario), run({ ...other, seed: scenario.seed })]);
    const diffs = compareSummaries(a, b);
    const sentence = differenceSentence('B', diffs);
    if (o.json) io.stdout(`${JSON.stringify({ a: o.file, b: o.compare, seed: scenario.seed, figures: diffs, sentence }, null, 2)}\n`);
    else io.stdout(`${['figure\tA\tB\tB − A', ...diffs.map((d) => `${d.figure}\t${fmt(d.a)}\t${fmt(d.b)}\t${d.difference > 0 ? '+' : ''}${fmt(d.difference)}`), sentence].join('\n')}\n`);
    return 0;
  }
  if (o.variants) {
    const variants = scenario.variants ?? [];
    if (variants.length === 0) {
      io.stderr(`${o.file}: --variants needs a scenario with "variants" (see docs/scenario-format.md); this one has none\n`);
      return 2;
    }
    const [a, ...others] = await Promise.all([run(baseDesign(scenario)), ...variants.map((v) => run(applyVariant(scenario, v)))]);
    const comparisons = others.map((b, i) => {
      const figures = compareSummaries(a, b);
      return { design: designLetter(i + 1), name: variants[i].name, figures, sentence: differenceSentence(designLetter(i + 1), figures) };
    });
    if (o.json) io.stdout(`${JSON.stringify({ a: o.file, seed: scenario.seed, comparisons }, null, 2)}\n`);
    else {
      const head = ['figure', 'A', ...comparisons.map((c) => `${c.design} (${c.name})`)].join('\t');
      const rows = comparisons[0].figures.map((f, k) => [f.figure, fmt(f.a), ...comparisons.map((c) => fmt(c.figures[k].b))].join('\t'));
      io.stdout(`${[head, ...rows, ...comparisons.map((c) => c.sentence)].join('\n')}\n`);
    }
    return 0;
  }
  if (o.sweep !== undefined) {
    const points = sweepPoints(o.sweep, o.architectures);
    const rows = await Promise.all(points.map(async (point) => sweepRow(point, await run(atPoint(scenario, point)))));
    const choice = chooseFromSweep(rows);
    const byArch = o.architectures !== undefined;
    if (o.json) {
      const at = (r: (typeof rows)[number]) => ({ memoryMB: r.memoryMB, architecture: r.architecture });
      const out = {
        sweep: byArch ? 'memoryMB×architecture' : 'memoryMB',
        rows: rows.map(({ architecture, ...r }) => (byArch ? { ...r, architecture } : r)),
        cheapest: choice.cheapest.memoryMB,
        fastest: choice.fastest.memoryMB,
        balanced: choice.balanced.memoryMB,
        ...(byArch ? { choices: { cheapest: at(choice.cheapest), fastest: at(choice.fastest), balanced: at(choice.balanced) } } : {}),
        sentence: choice.sentence,
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      const head = `memoryMB${byArch ? '\tarchitecture' : ''}\tcostUSD\tp50Ms\tp95Ms\tp99Ms`;
      const line = (r: (typeof rows)[number]) => `${r.memoryMB}${byArch ? `\t${r.architecture}` : ''}\t${r.costUSD.toPrecision(4)}\t${fmt(r.p50Ms)}\t${fmt(r.p95Ms)}\t${fmt(r.p99Ms)}`;
      io.stdout(`${[head, ...rows.map(line), choice.sentence].join('\n')}\n`);
    }
    return 0;
  }
  const result = await replicate(scenario, o.replications, run);
  if (o.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const lines = [`${scenario.name}: ${o.replications} replications, mean [95 % interval]`];
  const walk = (prefix: string, v: unknown) => {
    if (v && typeof v === 'object' && 'mean' in v && 'low' in v) {
      const i = v as { mean: number; low: number; high: number };
      lines.push(`${prefix}\t${fmt(i.mean)} [${fmt(i.low)}, ${fmt(i.high)}]`);
    } else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, c);
  };
  walk('', result.summary);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
