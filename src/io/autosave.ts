/**
 * Autosave of the working scenario in localStorage, in a versioned envelope.
 * Each envelope version that is no longer current gets one step in
 * ENVELOPE_STEPS and a frozen fixture in fixtures/ (tldraw's pattern); the
 * scenario inside then goes through parseScenario, which migrates it too.
 */
import { formatIssues, parseScenario, type Scenario } from '../model';

export const AUTOSAVE_KEY = 'lambda-playground:autosave';
/** Where an autosave that could not be restored, or the diagram an open replaced, is kept. */
export const AUTOSAVE_BACKUP_KEY = 'lambda-playground:autosave:previous';
export const AUTOSAVE_FORMAT = 'lambda-playground/autosave';
export const CURRENT_ENVELOPE_VERSION = 1;
export const AUTOSAVE_DELAY_MS = 400;

export interface AutosaveEnvelopeV1 {
  format: typeof AUTOSAVE_FORMAT;
  version: 1;
  /** ISO 8601, for the restore message. */
  savedAt: string;
  scenario: unknown;
}

/** The subset of Storage autosave uses, so tests can pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Envelope = Record<string, unknown> & { version: number };
const ENVELOPE_STEPS: Record<number, (old: Envelope) => Envelope> = {};

export type RestoreResult =
  | { kind: 'none' }
  | { kind: 'ok'; scenario: Scenario; savedAt: string }
  | { kind: 'error'; message: string };

export function makeEnvelope(scenario: Scenario, savedAt: Date): AutosaveEnvelopeV1 {
  return { format: AUTOSAVE_FORMAT, version: CURRENT_ENVELOPE_VERSION, savedAt: savedAt.toISOString(), scenario };
}

/** Brings an envelope of any earlier version up to the current one, then validates the scenario inside. */
export function restoreEnvelope(text: string): RestoreResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'error', message: 'The autosaved diagram is not readable (its storage was cut short or edited).' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== AUTOSAVE_FORMAT)
    return { kind: 'error', message: 'The autosaved data is not in the playground\'s autosave format.' };
  let envelope = json as Envelope;
  if (typeof envelope.version !== 'number' || !Number.isInteger(envelope.version) || envelope.version < 1)
    return { kind: 'error', message: `The autosave has an invalid version (${JSON.stringify(envelope.version)}).` };
  if (envelope.version > CURRENT_ENVELOPE_VERSION)
    return {
      kind: 'error',
      message: `The autosave was written by a newer version of the playground (format ${envelope.version}; this one reads up to ${CURRENT_ENVELOPE_VERSION}).`,
    };
  while (envelope.version < CURRENT_ENVELOPE_VERSION) {
    const step = ENVELOPE_STEPS[envelope.version];
    if (!step) return { kind: 'error', message: `No migration from autosave format ${envelope.version}.` };
    envelope = step(envelope);
  }
  const parsed = parseScenario(envelope.scenario);
  if (!parsed.ok) return { kind: 'error', message: `The autosaved diagram is not a valid scenario:\n${formatIssues(parsed.issues)}` };
  return { kind: 'ok', scenario: parsed.scenario, savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '' };
}

export function readAutosave(storage: KeyValueStorage, key = AUTOSAVE_KEY): RestoreResult {
  const text = safeGet(storage, key);
  return text === null ? { kind: 'none' } : restoreEnvelope(text);
}

/** Returns false when storage refuses (quota, private mode): the diagram in memory is untouched either way. */
export function writeAutosave(storage: KeyValueStorage, scenario: Scenario, now: Date, key = AUTOSAVE_KEY): boolean {
  try {
    storage.setItem(key, JSON.stringify(makeEnvelope(scenario, now)));
    return true;
  } catch {
    return false;
  }
}

/** Keeps the raw text of the current autosave under the backup key, so replacing the diagram never loses it. */
export function backupAutosave(storage: KeyValueStorage): void {
  const text = safeGet(storage, AUTOSAVE_KEY);
  if (text === null) return;
  try {
    storage.setItem(AUTOSAVE_BACKUP_KEY, text);
  } catch {
    // Storage full: the backup is a courtesy; the working diagram is still in memory and in AUTOSAVE_KEY.
  }
}

export function readBackup(storage: KeyValueStorage): RestoreResult {
  const text = safeGet(storage, AUTOSAVE_BACKUP_KEY);
  return text === null ? { kind: 'none' } : restoreEnvelope(text);
}

function safeGet(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** What autosave needs of a store: zustand's vanilla API plus a way to read the scenario. */
export interface AutosaveSource<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export interface AutosaveOptions<S> {
  storage: KeyValueStorage;
  /** Keys to write, this tab's own last; by default AUTOSAVE_KEY alone. */
  keys?: () => readonly string[];
  toScenario(state: S): Scenario;
  /** Whether a change is worth saving (selection changes are not). */
  changed(state: S, previous: S): boolean;
  delayMs?: number;
  now?: () => Date;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  /**
   * A write was refused (storage full, private mode). The older autosave under each refused key has been
   * removed, so a reload never brings back a diagram older than the one on screen without a word.
   */
  onWriteFailed?: (message: string) => void;
}

/** What the person reads when autosave could not write: what happened and what to do. */
export const AUTOSAVE_FAILED_MESSAGE =
  'Autosave failed: the browser\'s storage is full or refused the write, so your latest edits will not come back after a reload. ' +
  'Use Scenario menu → Save as file to keep them; the older autosave was removed so it cannot replace them.';

export interface AutosaveHandle {
  /** Writes a pending change now (before the page goes away). */
  flush(): void;
  /** Stops listening, after writing any pending change. */
  stop(): void;
}

/** Saves the scenario a moment after the last change. */
export function startAutosave<S>(source: AutosaveSource<S>, options: AutosaveOptions<S>): AutosaveHandle {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const now = options.now ?? (() => new Date());
  const schedule = options.schedule ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const cancel = options.cancel ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: unknown = null;
  // Something is saved only when the scenario differs from what this tab last stored (its own key, the last
  // of `keys`), whoever stored it there: selecting or measuring nodes is not an edit, and must not make this
  // tab the "last saved" one over another tab's real edits in the common key.
  const save = () => {
    pending = null;
    const keys = options.keys?.() ?? [AUTOSAVE_KEY];
    const scenario = options.toScenario(source.getState());
    if (storedScenarioJson(options.storage, keys[keys.length - 1]) === canonicalJson(scenario)) return;
    const at = now();
    let failed = false;
    for (const key of keys) {
      if (writeAutosave(options.storage, scenario, at, key)) continue;
      failed = true;
      try {
        options.storage.removeItem(key);
      } catch {
        // Nothing more can be done here; the notice still tells the person to save a file.
      }
    }
    if (failed) options.onWriteFailed?.(AUTOSAVE_FAILED_MESSAGE);
  };
  const flush = () => {
    if (pending === null) return;
    cancel(pending);
    save();
  };
  const unsubscribe = source.subscribe((state, previous) => {
    if (!options.changed(state, previous)) return;
    if (pending !== null) cancel(pending);
    pending = schedule(save, delayMs);
  });
  return {
    flush,
    stop() {
      unsubscribe();
      flush();
    },
  };
}

/** JSON with object keys sorted, so two equal scenarios compare equal whatever order their fields were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function storedScenarioJson(storage: KeyValueStorage, key: string): string | null {
  const text = safeGet(storage, key);
  if (text === null) return null;
  try {
    return canonicalJson((JSON.parse(text) as { scenario?: unknown }).scenario);
  } catch {
    return null;
  }
}
