#!/usr/bin/env node
/**
 * Runs a TypeScript command-line entry from a prebuilt bundle, so the command
 * starts in plain Node without compiling TypeScript on every call:
 *
 *   node scripts/cli.mjs src/cli/main.ts [arguments...]
 *
 * The bundle lives in .cli-build/ (out of git). It is rebuilt with esbuild when
 * it is missing or when any file it was built from is newer than it; the list
 * of those files is kept beside the bundle, so the check costs one stat each.
 * Arguments, output and the exit code are those of the entry itself.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  process.stderr.write('usage: node scripts/cli.mjs <entry.ts> [arguments...]\n');
  process.exit(2);
}
const entry = resolve(entryArg);
if (!existsSync(entry)) {
  process.stderr.write(`scripts/cli.mjs: no entry file ${entryArg}\n`);
  process.exit(2);
}
const name = relative(root, entry).replace(/\.[cm]?[jt]sx?$/, '').replace(/[\\/]/g, '_');
const outDir = join(root, '.cli-build');
const bundle = join(outDir, `${name}.mjs`);
const inputsFile = join(outDir, `${name}.inputs.json`);

/** True when the bundle is missing or older than one of the files it was built from. */
function stale() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return true;
  const builtMs = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  for (const file of inputs) {
    try {
      if (statSync(join(root, file)).mtimeMs > builtMs) return true;
    } catch {
      return true; // a source was moved or deleted
    }
  }
  return false;
}

async function build() {
  const esbuild = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    absWorkingDir: root,
    logLevel: 'error',
    // CommonJS packages inside an ES module bundle still call require.
    banner: { js: "import { createRequire as __cliCreateRequire } from 'node:module'; const require = __cliCreateRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, resolve(root, p)));
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  // Renames are atomic: two commands started at once never run half a bundle.
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  renameSync(temporary, bundle);
}

if (stale()) await build();
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
