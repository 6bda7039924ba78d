import { describe, expect, it } from 'vitest';
import type { Simulation, TickBatch } from '../engine/api';
import type { Scenario } from '../model';
import type { FromWorker } from './protocol';
import { RunLoop } from './runLoop';

/** A stand-in engine whose clock moves exactly as far as asked, one 1 s tick of Invocations = 1 per tick. */
function fakeSimulation(endMs: number): Simulation {
  let nowMs = 0;
  let lastTick = 0;
  const patches: unknown[] = [];
  return {
    scenario: {} as Simulation['scenario'],
    get nowMs() {
      return nowMs;
    },
    endMs,
    get done() {
      return nowMs >= endMs;
    },
    eventsProcessed: 0,
    advanceTo(timeMs: number) {
      nowMs = Math.min(endMs, timeMs);
    },
    takeTicks(): TickBatch | null {
      const complete = Math.floor(nowMs / 1000);
      if (complete === lastTick) return null;
      const count = complete - lastTick;
      const batch = { tickMs: 1000, firstTick: lastTick, count, series: { 'f/Invocations': new Float64Array(count).fill(1) } };
      lastTick = complete;
      return batch;
    },
    takeLog: () => [],
    live: () => ({}),
    applyPatch(patch) {
      patches.push(patch);
      return patches.length === 1 ? { ok: true } : { ok: false, message: 'refused on purpose' };
    },
    summary: () => ({ wallMs: 0 }) as ReturnType<Simulation['summary']>,
  };
}

function harness(endMs = 60_000) {
  const posted: FromWorker[] = [];
  let wallMs = 0;
  const queue: { at: number; run: () => void }[] = [];
  const loop = new RunLoop({
    createSimulation: () => fakeSimulation(endMs),
    post: (message) => posted.push(message),
    now: () => wallMs,
    schedule: (run, delayMs) => queue.push({ at: wallMs + delayMs, run }),
  });
  /** Lets `ms` of wall time pass, running every slice due. */
  const elapse = (ms: number, stepMs = 16) => {
    for (let t = 0; t < ms; t += stepMs) {
      wallMs += stepMs;
      const due = queue.filter((q) => q.at <= wallMs);
      for (const q of due) queue.splice(queue.indexOf(q), 1);
      for (const q of due) q.run();
    }
  };
  const frames = () => posted.filter((m): m is Extract<FromWorker, { type: 'frame' }> => m.type === 'frame');
  return { loop, posted, frames, elapse };
}

const scenario = {} as Scenario;

describe('RunLoop', () => {
  it('at speed 10 advances ten simulated seconds per wall second, in frames about ten a second', () => {
    const { loop, frames, elapse } = harness();
    loop.handle({ type: 'load', scenario });
    loop.handle({ type: 'play', speed: 10 });
    const before = frames().length;
    elapse(2000);
    const last = frames().at(-1)!;
    expect(last.status).toBe('running');
    // 2 s of wall time at 10x: 20 s simulated, give or take one slice.
    expect(last.clockMs).toBeGreaterThan(19_000);
    expect(last.clockMs).toBeLessThanOrEqual(20_000);
    const count = frames().length - before;
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(22);
  });

  it('pause stops the clock; step advances by exactly the asked time', () => {
    const { loop, frames, elapse } = harness();
    loop.handle({ type: 'load', scenario });
    loop.handle({ type: 'play', speed: 1 });
    elapse(1000);
    loop.handle({ type: 'pause' });
    const paused = frames().at(-1)!;
    expect(paused.status).toBe('paused');
    elapse(1000);
    expect(frames().at(-1)!.clockMs).toBe(paused.clockMs);
    loop.handle({ type: 'step', simulatedMs: 1000 });
    expect(frames().at(-1)!.clockMs).toBe(paused.clockMs + 1000);
  });

  it('max runs to the end, then reports done and the summary', () => {
    const { loop, posted, frames, elapse } = harness(600_000);
    loop.handle({ type: 'load', scenario });
    loop.handle({ type: 'play', speed: 'max' });
    elapse(100);
    expect(frames().at(-1)!.status).toBe('done');
    expect(frames().at(-1)!.clockMs).toBe(600_000);
    expect(posted.some((m) => m.type === 'summary')).toBe(true);
  });

  it('packs ticks into one buffer and sends the keys only when they change', () => {
    const { loop, frames } = harness();
    loop.handle({ type: 'load', scenario });
    loop.handle({ type: 'step', simulatedMs: 3000 });
    loop.handle({ type: 'step', simulatedMs: 2000 });
    const [first, second] = frames().filter((f) => f.packed);
    expect(first.packed!.keys).toEqual(['f/Invocations']);
    expect(Array.from(first.packed!.data)).toEqual([1, 1, 1]);
    expect(first.packed!.firstTick).toBe(0);
    expect(second.packed!.keys).toBeNull();
    expect(second.packed!.firstTick).toBe(3);
  });

  it('tells the screen when a patch is refused, and reports errors instead of dying', () => {
    const { loop, posted } = harness();
    loop.handle({ type: 'load', scenario });
    loop.handle({ type: 'patch', patch: { type: 'nodeConfig', nodeId: 'f', config: {} } });
    loop.handle({ type: 'patch', patch: { type: 'nodeConfig', nodeId: 'f', config: {} } });
    expect(posted.filter((m) => m.type === 'patchRefused')).toEqual([{ type: 'patchRefused', message: 'refused on purpose' }]);
    const fresh = harness();
    fresh.loop.handle({ type: 'play', speed: 1 });
    expect(fresh.posted).toEqual([{ type: 'error', message: 'No scenario is loaded in the simulation.' }]);
  });
});
