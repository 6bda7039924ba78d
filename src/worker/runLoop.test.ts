import { describe, expect, it } from 'vitest';
import type { Simulation, TickBatch } from '../engine/api';
import type { Scenario } from '../model';
import type { FromWorker } from './protocol';
import { RunLoop } from './runLoop';

/** A stand-in engine whose clock moves exactly as far as asked, one 1 s tick of Invocations = 1 per tick. */
function fakeSimulation(endMs: number, onAdvance: () => void = () => {}, simulatedMsPerCall = Number.POSITIVE_INFINITY): Simulation {
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
      nowMs = Math.min(endMs, timeMs, nowMs + simulatedMsPerCall);
      onAdvance();
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

/** `engineCall`: an engine that advances `simulatedMs` per call and takes `wallMs` of wall time doing it. */
function harness(endMs = 60_000, cores = 8, engineCall?: { simulatedMs: number; wallMs: number }) {
  const posted: FromWorker[] = [];
  let wallMs = 0;
  const queue: { at: number; run: () => void }[] = [];
  const delays: number[] = [];
  const loop = new RunLoop({
    createSimulation: () => fakeSimulation(endMs, () => (wallMs += engineCall?.wallMs ?? 0), engineCall?.simulatedMs),
    post: (message) => posted.push(message),
    now: () => wallMs,
    schedule: (run, delayMs) => {
      delays.push(delayMs);
      queue.push({ at: wallMs + delayMs, run });
    },
    cores,
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
  return { loop, posted, frames, elapse, delays, wall: () => wallMs };
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

  it('at max on two cores the engine rests 4 ms after each 28 ms slice; with more cores it never rests', () => {
    // Each engine call: 1 s simulated for 1 ms of wall time.
    const few = harness(36_000_000, 2, { simulatedMs: 1000, wallMs: 1 });
    few.loop.handle({ type: 'load', scenario });
    few.loop.handle({ type: 'play', speed: 'max' });
    few.elapse(1000, 1);
    const slices = few.delays.slice(1);
    expect(slices.length).toBeGreaterThan(10);
    expect(new Set(slices)).toEqual(new Set([4]));
    // 28 ms working, 4 resting: 7/8 of the wall time simulates (1 s per working ms), give or take
    // the last frame's 100 ms of lag.
    const simulated = few.frames().at(-1)!.clockMs;
    expect(simulated).toBeGreaterThan(0.875 * few.wall() * 1000 - 150_000);
    expect(simulated).toBeLessThanOrEqual(0.875 * few.wall() * 1000 + 150_000);

    const many = harness(36_000_000, 8, { simulatedMs: 1000, wallMs: 1 });
    many.loop.handle({ type: 'load', scenario });
    many.loop.handle({ type: 'play', speed: 'max' });
    many.elapse(1000, 1);
    expect(new Set(many.delays.slice(1))).toEqual(new Set([0]));
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
