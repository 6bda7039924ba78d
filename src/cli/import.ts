/**
 * `npm run -s import -- [--json] FILE...`: opens each SAM or CloudFormation
 * template as the app does and prints one line per file (with --json, one
 * JSON object per line). Exit 0 when every file opened, 2 when some did not.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openTemplateText } from '../io/templateImport';

export interface ImportIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const IMPORT_USAGE = 'usage: npm run -s import -- [--json] template.yaml [more templates...]';

export interface ImportLine {
  file: string;
  ok: boolean;
  nodes?: { id: string; kind: string }[];
  edges?: { source: string; target: string; kind: string }[];
  notes?: string[];
  error?: string;
}

/** Opens one file; never throws (an exception inside the importer is reported as that file's error). */
export function importFile(file: string, io: Pick<ImportIo, 'readFile'>): ImportLine {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    return { file, ok: false, error: `cannot read the file (${e instanceof Error ? e.message : String(e)})` };
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  try {
    const opened = openTemplateText(text, name);
    if (!opened.ok) return { file, ok: false, error: opened.message };
    return {
      file,
      ok: true,
      nodes: opened.scenario.nodes.map((n) => ({ id: n.id, kind: n.kind })),
      edges: opened.scenario.edges.map((e) => ({ source: e.source, target: e.target, kind: e.kind })),
      notes: opened.notes ?? [],
    };
  } catch (e) {
    return { file, ok: false, error: `the importer failed (${e instanceof Error ? e.message : String(e)})` };
  }
}

function textLine(line: ImportLine): string {
  if (!line.ok) return `${line.file}: not opened: ${(line.error ?? '').replace(/\s*\n\s*/g, ' ')}`;
  const triggers = line.edges!.filter((e) => e.kind === 'trigger').length;
  const functions = line.nodes!.filter((n) => n.kind === 'function').length;
  return `${line.file}: ${line.nodes!.length} nodes (${functions} functions), ${line.edges!.length} links (${triggers} triggers), ${line.notes!.length} notes`;
}

export function runImportCli(args: readonly string[], io: ImportIo): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (files.length === 0 || unknown) {
    io.stderr(`${unknown ? `unknown option ${unknown}\n` : ''}${IMPORT_USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const line = importFile(file, io);
    if (!line.ok) failed++;
    io.stdout(`${json ? JSON.stringify(line) : textLine(line)}\n`);
  }
  return failed === 0 ? 0 : 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runImportCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
