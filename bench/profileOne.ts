/** `npx tsx bench/profileOne.ts <workload index> [seconds]`: one bench workload alone, for `node --cpu-prof`. */
import { runToEnd } from '../src/engine';
import { WORKLOADS } from './workloads';

const index = Number(process.argv[2] ?? 0);
const seconds = Number(process.argv[3] ?? 600);
const w = WORKLOADS[index];
const started = performance.now();
const s = runToEnd(w.build(seconds));
console.log(`${w.label}: ${w.units(s).toLocaleString('en-US')} ${w.unit} in ${Math.round(performance.now() - started)} ms`);
