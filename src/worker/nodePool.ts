import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';

/** The worker's first lines: register the TypeScript loader (tsx), then load the worker module. */
const BOOTSTRAP = `const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.url); });`;

/** The worker module beside this file, or in src/worker/ when this file runs from the command line's bundle (.cli-build/). */
function workerModuleUrl(): string {
  const beside = new URL('./nodeRunWorker.ts', import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside.href : new URL('../src/worker/nodeRunWorker.ts', import.meta.url).href;
}

/** A pool of worker_threads, one per core by default, each running whole scenarios (the command line's adapter). */
export class NodeRunPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { id: number; scenario: Scenario }[] = [];
  private readonly pending = new Map<number, { resolve: (s: SimulationSummary) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(BOOTSTRAP, { eval: true, workerData: { url: workerModuleUrl() } });
      w.on('message', (msg: { id: number; summary: SimulationSummary }) => {
        this.pending.get(msg.id)?.resolve(msg.summary);
        this.pending.delete(msg.id);
        this.dispatch(w);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  readonly run = (scenario: Scenario): Promise<SimulationSummary> =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.waiting.push({ id, scenario });
      const w = this.idle.pop();
      if (w) this.dispatch(w);
    });

  private dispatch(w: Worker): void {
    const job = this.waiting.shift();
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- worker_threads, not a window
    if (job) w.postMessage(job);
    else this.idle.push(w);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
