import type { Scenario } from '../model';
import { openInputText } from './openInput';
import { readInput } from './readInput';

/**
 * Reads and opens a command's scenario (a scenario file, a review report or a
 * template), as the app would. Problems go to stderr, one per line, prefixed
 * with the file; a template's import notes too. Null: the command exits 2.
 */
export function loadScenario(io: { readFile(path: string): string; stderr(text: string): void }, file: string): Scenario | null {
  const text = readInput(io, file);
  if (text === null) return null;
  const opened = openInputText(text, file);
  if (!opened.ok) {
    // Issues are listed one per line; a message without issues already names the file.
    const lines = opened.issues.length > 0 ? opened.issues.map((i) => `${file}: ${i.path}: ${i.message}`) : [opened.message];
    io.stderr(`${lines.join('\n')}\n`);
    return null;
  }
  for (const note of opened.notes ?? []) io.stderr(`${file}: note: ${note}\n`);
  return opened.scenario;
}
