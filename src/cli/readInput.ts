import { stripByteOrderMark, tooLarge } from '../io/inputText';

/**
 * Reads a command's input file as the app opens one: without a leading byte-order
 * mark, and refused at once when over the size limit. On failure says why on stderr
 * and returns null (the command exits 2).
 */
export function readInput(io: { readFile(path: string): string; stderr(text: string): void }, file: string): string | null {
  let text: string;
  try {
    text = stripByteOrderMark(io.readFile(file));
  } catch (e) {
    io.stderr(`${file}: cannot read the file (${e instanceof Error ? e.message : String(e)})\n`);
    return null;
  }
  const large = tooLarge(text, 'the file');
  if (large) {
    io.stderr(`${file}: ${large}\n`);
    return null;
  }
  return text;
}
