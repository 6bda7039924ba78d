/**
 * `npm run -s export -- FILE --to sam`: writes a scenario file (or a template,
 * opened as the app does) as a SAM template on stdout; notes on stderr. A
 * scenario that carries its source template is written back into it (only the
 * changed settings); any other as a minimal SAM template.
 * Exit 0 when written, 2 for a file that cannot be opened or a bad usage.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { exportSamTemplate } from '../io/samWriteBack';
import { loadScenario } from './loadScenario';

export interface ExportIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXPORT_USAGE = 'usage: npm run -s export -- scenario.json --to sam';

export function runExportCli(args: readonly string[], io: ExportIo): number {
  const to = args.indexOf('--to');
  const format = to >= 0 ? args[to + 1] : undefined;
  const files = args.filter((_arg, i) => i !== to && i !== to + 1);
  if (format !== 'sam' || files.length !== 1 || files[0].startsWith('--')) {
    io.stderr(`${format !== undefined && format !== 'sam' ? `unknown format ${format}; only sam is written\n` : ''}${EXPORT_USAGE}\n`);
    return 2;
  }
  const file = files[0];
  const scenario = loadScenario(io, file);
  if (!scenario) return 2;
  const exported = exportSamTemplate(scenario);
  for (const note of exported.notes) io.stderr(`${file}: note: ${note}\n`);
  io.stdout(exported.text);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runExportCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
