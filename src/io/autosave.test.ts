import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenarios';
import fixtureV1 from './fixtures/autosave.v1.json';
import {
  AUTOSAVE_BACKUP_KEY,
  AUTOSAVE_KEY,
  backupAutosave,
  canonicalJson,
  readAutosave,
  readBackup,
  restoreEnvelope,
  startAutosave,
  writeAutosave,
} from './autosave';
import { memoryStorage } from './memoryStorage';

describe('autosave envelope, frozen fixtures', () => {
  it('version 1 (current) restores its scenario with defaults applied', () => {
    const result = restoreEnvelope(JSON.stringify(fixtureV1));
    if (result.kind !== 'ok') throw new Error(`not restored: ${JSON.stringify(result)}`);
    expect(result.savedAt).toBe('2026-11-01T09:30:00.000Z');
    expect(result.scenario.name).toBe('Frozen fixture: autosave envelope version 1');
    expect(result.scenario.seed).toBe(8);
    expect(result.scenario.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['queue', 'sqs'],
      ['worker', 'function'],
    ]);
    const queue = result.scenario.nodes[0];
    expect(queue.kind === 'sqs' && queue.config.visibilityTimeoutSeconds).toBe(90);
    // lambda-model.md Part 1: account limit 1,000; design.md: FIFO off unless asked.
    expect(result.scenario.account.concurrencyLimit).toBe(1000);
    expect(queue.kind === 'sqs' && queue.config.fifo).toBe(false);
    expect(result.scenario.edges[0].config.batchSize).toBe(5);
  });

  it('refuses an envelope from a newer playground, saying so', () => {
    const result = restoreEnvelope(JSON.stringify({ ...fixtureV1, version: 2 }));
    expect(result.kind === 'error' && result.message).toMatch(/newer version of the playground \(format 2/);
  });

  it('refuses a truncated envelope', () => {
    const text = JSON.stringify(fixtureV1);
    expect(restoreEnvelope(text.slice(0, 50)).kind).toBe('error');
  });

  it('refuses data in another format', () => {
    const result = restoreEnvelope(JSON.stringify({ schemaVersion: 2, nodes: [], edges: [] }));
    expect(result.kind === 'error' && result.message).toMatch(/not in the playground's autosave format/);
  });

  it('refuses an envelope whose scenario is invalid, naming the field', () => {
    const broken = structuredClone(fixtureV1) as { scenario: { nodes: { config: { memoryMB: number } }[] } };
    broken.scenario.nodes[1].config.memoryMB = 64;
    const result = restoreEnvelope(JSON.stringify(broken));
    expect(result.kind === 'error' && result.message).toMatch(/nodes\[1\] \(worker\)\.config\.memoryMB/);
  });
});

describe('autosave storage', () => {
  it('writes then reads the same scenario', () => {
    const storage = memoryStorage();
    expect(writeAutosave(storage, DEFAULT_SCENARIO, new Date('2026-11-22T07:00:00Z'))).toBe(true);
    expect(readAutosave(storage)).toEqual({ kind: 'ok', scenario: DEFAULT_SCENARIO, savedAt: '2026-11-22T07:00:00.000Z' });
  });

  it('reports nothing saved on a first visit', () => {
    expect(readAutosave(memoryStorage())).toEqual({ kind: 'none' });
  });

  it('survives storage that refuses to write', () => {
    const storage = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeAutosave(storage, DEFAULT_SCENARIO, new Date())).toBe(false);
  });

  it('keeps the previous autosave under the backup key', () => {
    const storage = memoryStorage();
    writeAutosave(storage, DEFAULT_SCENARIO, new Date('2026-11-22T07:00:00Z'));
    backupAutosave(storage);
    expect(storage.data.get(AUTOSAVE_BACKUP_KEY)).toBe(storage.data.get(AUTOSAVE_KEY));
    expect(readBackup(storage).kind).toBe('ok');
  });
});

interface State { n: number; name: string }
function fakeStore(initial: State) {
  let state = initial;
  const listeners = new Set<(s: State, p: State) => void>();
  return {
    getState: () => state,
    subscribe: (l: (s: State, p: State) => void) => (listeners.add(l), () => void listeners.delete(l)),
    set(next: Partial<State>) {
      const previous = state;
      state = { ...state, ...next };
      for (const l of listeners) l(state, previous);
    },
  };
}
function fakeTimers() {
  let queue: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let id = 0;
  return {
    schedule: (fn: () => void, ms: number) => (queue.push({ fn, at: now + ms, id: ++id }), id),
    cancel: (h: unknown) => void (queue = queue.filter((t) => t.id !== h)),
    advance(ms: number) {
      now += ms;
      const due = queue.filter((t) => t.at <= now);
      queue = queue.filter((t) => t.at > now);
      due.forEach((t) => t.fn());
    },
  };
}


describe('debounced autosave', () => {
  it('writes once, a delay after the last of a series of changes, and skips changes that do not matter', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting = { ...storage, setItem: (k: string, v: string) => (writes++, storage.setItem(k, v)) };
    const store = fakeStore({ n: 0, name: 'a' });
    const timers = fakeTimers();
    startAutosave(store, {
      storage: counting,
      toScenario: (s) => ({ ...DEFAULT_SCENARIO, name: s.name }),
      changed: (s, p) => s.name !== p.name,
      delayMs: 400,
      now: () => new Date('2026-11-22T07:00:00Z'),
      schedule: timers.schedule,
      cancel: timers.cancel,
    });
    store.set({ n: 1 });
    timers.advance(1000);
    expect(writes).toBe(0);
    // A change that leaves the saved scenario as it was (a -> b -> a) writes nothing either.
    writeAutosave(storage, { ...DEFAULT_SCENARIO, name: 'a' }, new Date('2026-11-22T06:00:00Z'));
    store.set({ name: 'b' });
    store.set({ name: 'a' });
    timers.advance(1000);
    expect(writes).toBe(0);
    store.set({ name: 'b' });
    timers.advance(300);
    store.set({ name: 'c' });
    timers.advance(300);
    expect(writes).toBe(0);
    timers.advance(100);
    expect(writes).toBe(1);
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.scenario.name).toBe('c');
  });

  it('flushes a pending save when stopped', () => {
    const storage = memoryStorage();
    const store = fakeStore({ n: 0, name: 'a' });
    const timers = fakeTimers();
    const handle = startAutosave(store, {
      storage,
      toScenario: (s) => ({ ...DEFAULT_SCENARIO, name: s.name }),
      changed: (s, p) => s.name !== p.name,
      schedule: timers.schedule,
      cancel: timers.cancel,
    });
    store.set({ name: 'z' });
    handle.stop();
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.scenario.name).toBe('z');
  });
});

describe('autosave compares with what storage holds', () => {
  it('rewrites a key that someone else changed, even back to an earlier state', () => {
    const storage = memoryStorage();
    const store = fakeStore({ n: 0, name: 'a' });
    const timers = fakeTimers();
    startAutosave(store, {
      storage,
      toScenario: (s) => ({ ...DEFAULT_SCENARIO, name: s.name }),
      changed: (s, p) => s.name !== p.name,
      schedule: timers.schedule,
      cancel: timers.cancel,
    });
    store.set({ name: 'b' });
    timers.advance(1000);
    // Another writer (opening a preset, another tab) puts "x" there; the screen then goes back to "a".
    writeAutosave(storage, { ...DEFAULT_SCENARIO, name: 'x' }, new Date());
    store.set({ name: 'a' });
    timers.advance(1000);
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.scenario.name).toBe('a');
  });

  it('treats the same scenario with fields in another order as unchanged', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: [2, { e: 0, f: 1 }] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});

describe('autosave with a common key and a tab key', () => {
  it('an edit writes both keys; a non-edit writes neither, even when another tab changed the common key', () => {
    const storage = memoryStorage();
    const store = fakeStore({ n: 0, name: 'a' });
    const timers = fakeTimers();
    writeAutosave(storage, { ...DEFAULT_SCENARIO, name: 'a' }, new Date(), 'tab-A');
    startAutosave(store, {
      storage,
      keys: () => [AUTOSAVE_KEY, 'tab-A'],
      toScenario: (s) => ({ ...DEFAULT_SCENARIO, name: s.name }),
      changed: () => true,
      schedule: timers.schedule,
      cancel: timers.cancel,
    });
    writeAutosave(storage, { ...DEFAULT_SCENARIO, name: 'from tab B' }, new Date());
    store.set({ n: 1 });
    timers.advance(1000);
    const common = readAutosave(storage);
    expect(common.kind === 'ok' && common.scenario.name).toBe('from tab B');
    store.set({ name: 'edited in A' });
    timers.advance(1000);
    for (const key of [AUTOSAVE_KEY, 'tab-A']) {
      const saved = readAutosave(storage, key);
      expect(saved.kind === 'ok' && saved.scenario.name).toBe('edited in A');
    }
  });
});

/** What browsers throw when localStorage is over its quota. */
function quota(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

describe('autosave when storage is full', () => {
  it('says so with what to do, and removes the older autosave so a reload cannot bring it back silently', () => {
    const storage = memoryStorage();
    writeAutosave(storage, { ...DEFAULT_SCENARIO, name: 'older' }, new Date('2026-11-22T06:00:00Z'));
    writeAutosave(storage, { ...DEFAULT_SCENARIO, name: 'older' }, new Date('2026-11-22T06:00:00Z'), 'tab-key');
    let full = true;
    const refusing = {
      ...storage,
      setItem: (k: string, v: string) => {
        if (full) throw quota();
        storage.setItem(k, v);
      },
    };
    const notices: string[] = [];
    const store = fakeStore({ n: 0, name: 'older' });
    const timers = fakeTimers();
    startAutosave(store, {
      storage: refusing,
      keys: () => [AUTOSAVE_KEY, 'tab-key'],
      toScenario: (s) => ({ ...DEFAULT_SCENARIO, name: s.name }),
      changed: (s, p) => s.name !== p.name,
      delayMs: 400,
      schedule: timers.schedule,
      cancel: timers.cancel,
      onWriteFailed: (message) => notices.push(message),
    });
    store.set({ name: 'newer' });
    timers.advance(500);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Autosave failed');
    expect(notices[0]).toContain('Save as file');
    // Neither key holds the older diagram any more: a reload starts from nothing rather than from 'older'.
    expect(readAutosave(storage).kind).toBe('none');
    expect(readAutosave(storage, 'tab-key').kind).toBe('none');
    // Room again: the next edit is saved, and no notice is raised for it.
    full = false;
    store.set({ name: 'newest' });
    timers.advance(500);
    expect(notices).toHaveLength(1);
    const saved = readAutosave(storage);
    expect(saved.kind === 'ok' && saved.scenario.name).toBe('newest');
  });
});
