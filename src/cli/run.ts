import { runToEnd } from '../engine';
import type { SimulationSummary } from '../engine/api';
import { formatReport } from './report';
import { loadScenario } from './loadScenario';

export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Wall-clock milliseconds, for `wallMs` (the engine has none). */
  nowMs(): number;
}

export const USAGE = 'usage: npm run simulate -- path/to/scenario.json|template.yaml [--json]';

/** The command line of design.md: returns the exit status (0 ok, 2 bad file or usage). */
export function runCli(args: readonly string[], io: CliIo): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (files.length !== 1 || unknown.length > 0) {
    io.stderr(`${unknown.length > 0 ? `unknown option ${unknown[0]}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const file = files[0];
  const scenario = loadScenario(io, file);
  if (!scenario) return 2;
  const started = io.nowMs();
  const summary: SimulationSummary = runToEnd(scenario);
  summary.wallMs = Math.round(io.nowMs() - started);
  io.stdout(json ? `${JSON.stringify(summary, null, 2)}\n` : formatReport(summary));
  return 0;
}
