import { formatIssues, parseScenario } from '../model';
import { runToEnd } from '../engine';
import type { SimulationSummary } from '../engine/api';
import { formatReport } from './report';
import { openTemplateText } from '../io/templateImport';
import { isTemplateJson, looksLikeTemplate } from '../io/templateDetect';
import { readInput } from './readInput';

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
  const text = readInput(io, file);
  if (text === null) return 2;
  let data: unknown;
  // A SAM or CloudFormation template is imported as the app does, its notes on stderr.
  const template = looksLikeTemplate(text) && !/^\s*\{/.test(text) ? true : safeIsTemplateJson(text);
  if (template) {
    const opened = openTemplateText(text, file.split(/[\\/]/).pop() ?? file);
    if (!opened.ok) {
      io.stderr(`${file}: ${opened.message}\n`);
      return 2;
    }
    for (const note of opened.notes ?? []) io.stderr(`${file}: note: ${note}\n`);
    data = opened.scenario;
  } else {
    try {
      data = JSON.parse(text);
    } catch (e) {
      io.stderr(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})\n`);
      return 2;
    }
  }
  const parsed = parseScenario(data);
  if (!parsed.ok) {
    const lines = formatIssues(parsed.issues)
      .split('\n')
      .map((l) => `${file}: ${l}`)
      .join('\n');
    io.stderr(`${lines}\n`);
    return 2;
  }
  const started = io.nowMs();
  const summary: SimulationSummary = runToEnd(parsed.scenario);
  summary.wallMs = Math.round(io.nowMs() - started);
  io.stdout(json ? `${JSON.stringify(summary, null, 2)}\n` : formatReport(summary));
  return 0;
}

function safeIsTemplateJson(text: string): boolean {
  try {
    return isTemplateJson(JSON.parse(text));
  } catch {
    return false;
  }
}
