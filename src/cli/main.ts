import { readFileSync } from 'node:fs';
import { runCli, type CliIo } from './run';
import { isAnalysis, runAnalysisCli } from './analysis';
import { NodeRunPool } from '../worker/nodePool';

const args = process.argv.slice(2);
const io: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  nowMs: () => performance.now(),
};
if (isAnalysis(args)) {
  const w = args.indexOf('--workers');
  const workers = w >= 0 ? Number(args[w + 1]) : undefined;
  const pool = new NodeRunPool(Number.isInteger(workers) && (workers ?? 0) > 0 ? workers : undefined);
  runAnalysisCli(args, io, pool.run)
    .then((code) => (process.exitCode = code))
    .finally(() => void pool.close());
} else {
  process.exitCode = runCli(args, io);
}
