/** Reads a command's input file; on failure says why on stderr and returns null (the command exits 2). */
export function readInput(io: { readFile(path: string): string; stderr(text: string): void }, file: string): string | null {
  try {
    return io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: cannot read the file (${e instanceof Error ? e.message : String(e)})\n`);
    return null;
  }
}
