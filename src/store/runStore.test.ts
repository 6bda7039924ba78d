import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenarios';
import type { Scenario } from '../model';
import type { ToWorker } from '../worker/protocol';
import type { WorkerClientHandlers } from '../worker/client';
import { createRunStore, WORKER_SILENCE_MS } from './runStore';

function harness(scenario: () => Scenario = () => DEFAULT_SCENARIO) {
  const sent: ToWorker[] = [];
  const clients: WorkerClientHandlers[] = [];
  let terminated = 0;
  const store = createRunStore({
    currentScenario: scenario,
    connect: (handlers) => {
      clients.push(handlers);
      return { send: (m) => sent.push(m), terminate: () => terminated++ };
    },
  });
  return { store, sent, clients, terminated: () => terminated };
}

function line(i: number) {
  return { tMs: i, nodeId: 'api', level: 'info' as const, category: 'report' as const, message: `line ${i}` };
}

describe('run store', () => {
  it('Play sends the diagram, then plays at the chosen speed; frames move the clock and fill the series', () => {
    const { store, sent, clients } = harness();
    store.getState().setSpeed(60);
    store.getState().play();
    expect(sent.map((m) => m.type)).toEqual(['load', 'play']);
    expect(sent[1]).toEqual({ type: 'play', speed: 60 });
    clients[0].onMessage({
      type: 'frame',
      status: 'running',
      clockMs: 2000,
      endMs: 600_000,
      ticks: null,
      packed: { tickMs: 1000, firstTick: 0, count: 2, keys: ['api/Throttles'], data: Float64Array.from([3, 5]) },
      log: [],
      live: { api: { concurrency: 20 } },
    });
    const state = store.getState();
    expect(state.clockMs).toBe(2000);
    expect(state.table.total('api/Throttles')).toBe(8);
    expect(state.live.api.concurrency).toBe(20);
    expect(state.version).toBeGreaterThan(0);
  });

  it('an invalid diagram is not sent: the notice says why', () => {
    const broken = { ...DEFAULT_SCENARIO, edges: [{ id: 'x', source: 'api', target: 'alb', kind: 'trigger' as const, config: {} }] };
    const { store, sent } = harness(() => broken);
    store.getState().play();
    expect(sent).toEqual([]);
    expect(store.getState().notice).toContain('cannot run yet');
    expect(store.getState().notice).toContain('edges[0]');
  });

  it('a failed worker is reported, and Restart starts a new one from idle', () => {
    const { store, clients, terminated } = harness();
    store.getState().play();
    clients[0].onFailure('Out of memory');
    expect(store.getState().failure).toBe('Out of memory');
    store.getState().play();
    expect(clients).toHaveLength(1);
    store.getState().restartWorker();
    expect(terminated()).toBeGreaterThanOrEqual(1);
    expect(store.getState()).toMatchObject({ failure: null, status: 'idle', loaded: false, clockMs: 0 });
    store.getState().play();
    expect(clients).toHaveLength(2);
  });

  it('keeps at most LOG_CAPACITY log lines, the newest', async () => {
    const { LOG_CAPACITY } = await import('./runStore');
    const { store, clients } = harness();
    store.getState().play();
    for (let batch = 0; batch < 3; batch++)
      clients[0].onMessage({
        type: 'frame',
        status: 'running',
        clockMs: batch,
        endMs: 1,
        ticks: null,
        log: Array.from({ length: LOG_CAPACITY }, (_, i) => line(batch * LOG_CAPACITY + i)),
        live: {},
      });
    const log = store.getState().log;
    expect(log).toHaveLength(LOG_CAPACITY);
    expect(log.at(-1)!.message).toBe(`line ${3 * LOG_CAPACITY - 1}`);
  });
});

describe('run to end', () => {
  it('lasts through the load frame and ends with the run or a cancel', () => {
    const { store, sent, clients } = harness();
    store.getState().runToEnd();
    expect(sent.map((m) => m.type)).toEqual(['load', 'play']);
    expect(sent[1]).toEqual({ type: 'play', speed: 'max' });
    const frame = (status: 'idle' | 'running' | 'paused' | 'done') =>
      clients[0].onMessage({ type: 'frame', status, clockMs: 0, endMs: 1000, ticks: null, log: [], live: {} });
    frame('idle');
    frame('running');
    expect(store.getState().runningToEnd).toBe(true);
    store.getState().cancelRunToEnd();
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    frame('paused');
    expect(store.getState().runningToEnd).toBe(false);
    store.getState().runToEnd();
    frame('done');
    expect(store.getState().runningToEnd).toBe(false);
  });
});

describe('play, then pause at once', () => {
  it('the load frame that precedes the run does not show idle, so a quick second press pauses', () => {
    const { store, sent, clients } = harness();
    store.getState().play();
    const frame = (status: 'idle' | 'running' | 'paused') =>
      clients[0].onMessage({ type: 'frame', status, clockMs: 0, endMs: 1000, ticks: null, log: [], live: {} });
    frame('idle');
    expect(store.getState().status).toBe('running');
    store.getState().pause();
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    frame('running');
    frame('paused');
    expect(store.getState().status).toBe('paused');
  });
});

describe('settings changed after Reset', () => {
  it('the next Play, Step or Run to end sends the seed and run length the toolbar shows', () => {
    let scenario: Scenario = { ...DEFAULT_SCENARIO, seed: 1, durationSeconds: 600 };
    const { store, sent, clients } = harness(() => scenario);
    const frame = (status: 'idle' | 'running' | 'paused') =>
      clients[0].onMessage({ type: 'frame', status, clockMs: 0, endMs: 600_000, ticks: null, log: [], live: {} });
    const lastLoad = () => sent.filter((m) => m.type === 'load').at(-1);
    store.getState().play();
    frame('running');
    store.getState().reset();
    frame('idle');
    scenario = { ...scenario, seed: 42, durationSeconds: 120 };
    store.getState().play();
    const played = lastLoad();
    expect(played?.type === 'load' && [played.scenario.seed, played.scenario.durationSeconds]).toEqual([42, 120]);
    expect(store.getState().endMs).toBe(120_000);
    frame('running');

    store.getState().reset();
    frame('idle');
    scenario = { ...scenario, seed: 7 };
    store.getState().runToEnd();
    const ran = lastLoad();
    expect(ran?.type === 'load' && ran.scenario.seed).toBe(7);
    frame('paused');

    store.getState().reset();
    frame('idle');
    scenario = { ...scenario, seed: 9 };
    const loadsBefore = sent.filter((m) => m.type === 'load').length;
    store.getState().step();
    // A second Step before the worker answers steps on; it does not start over.
    store.getState().step();
    const stepped = lastLoad();
    expect(stepped?.type === 'load' && stepped.scenario.seed).toBe(9);
    expect(sent.filter((m) => m.type === 'load').length).toBe(loadsBefore + 1);
    expect(sent.slice(-2).map((m) => m.type)).toEqual(['step', 'step']);
  });
});

describe('watchdog', () => {
  it('a worker that stops sending frames while running is reported; Restart starts a new one that runs', () => {
    
    vi.useFakeTimers();
    try {
      const { store, clients, terminated } = harness();
      const frame = (clockMs: number) =>
        clients.at(-1)?.onMessage({ type: 'frame', status: 'running', clockMs, endMs: 600_000, ticks: null, log: [], live: {} });
      store.getState().play();
      for (let i = 1; i <= 30; i++) {
        vi.advanceTimersByTime(100);
        frame(i * 1000);
      }
      // Ten frames a second: nothing is wrong.
      expect(store.getState().failure).toBeNull();
      // The worker goes silent (terminated or hung): within the limit plus one check, the screen says so.
      vi.advanceTimersByTime(WORKER_SILENCE_MS - 500);
      expect(store.getState().failure).toBeNull();
      vi.advanceTimersByTime(1500);
      expect(store.getState().failure).toContain('sent nothing for 5 seconds while running');
      expect(store.getState().status).toBe('paused');
      expect(terminated()).toBe(1);
      store.getState().restartWorker();
      store.getState().play();
      expect(clients).toHaveLength(2);
      for (let i = 1; i <= 80; i++) {
        vi.advanceTimersByTime(100);
        frame(i * 1000);
      }
      expect(store.getState().failure).toBeNull();
      expect(store.getState().clockMs).toBe(80_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a paused run is not watched: silence while paused is no failure', () => {
    vi.useFakeTimers();
    try {
      const { store, clients } = harness();
      store.getState().play();
      clients[0].onMessage({ type: 'frame', status: 'paused', clockMs: 1000, endMs: 600_000, ticks: null, log: [], live: {} });
      vi.advanceTimersByTime(60_000);
      expect(store.getState().failure).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
