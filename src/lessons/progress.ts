/**
 * What a learner has done, kept in this browser only (localStorage): lessons
 * finished, and each prediction made with whether it was right. A damaged or
 * foreign value is ignored, never thrown on.
 */
import type { KeyValueStorage } from '../io/autosave';
import { z } from '../model/zodConfig';

export const PROGRESS_KEY = 'lambda-playground:lessons:v1';
/** Old predictions beyond this are dropped, oldest first, so the entry stays small. */
export const MAX_PREDICTIONS = 500;

const predictionRecord = z.strictObject({
  lessonId: z.string(),
  stepId: z.string(),
  guess: z.union([z.number(), z.string()]),
  figure: z.number().nullable(),
  right: z.boolean(),
  at: z.string(),
});
export type PredictionRecord = z.infer<typeof predictionRecord>;

const progressSchema = z.strictObject({
  completed: z.record(z.string(), z.string()),
  predictions: z.array(predictionRecord),
});
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ completed: {}, predictions: [] });

export function readProgress(storage: KeyValueStorage | null): Progress {
  if (!storage) return emptyProgress();
  try {
    const text = storage.getItem(PROGRESS_KEY);
    if (!text) return emptyProgress();
    const parsed = progressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

function write(storage: KeyValueStorage | null, progress: Progress): void {
  if (!storage) return;
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or refused: progress is a convenience, the lesson goes on.
  }
}

export function recordPrediction(storage: KeyValueStorage | null, record: PredictionRecord): Progress {
  const progress = readProgress(storage);
  const predictions = [...progress.predictions, record].slice(-MAX_PREDICTIONS);
  const next = { ...progress, predictions };
  write(storage, next);
  return next;
}

export function markCompleted(storage: KeyValueStorage | null, lessonId: string, at: Date): Progress {
  const progress = readProgress(storage);
  const next = { ...progress, completed: { ...progress.completed, [lessonId]: at.toISOString() } };
  write(storage, next);
  return next;
}

/** Right predictions out of those made, for one lesson. */
export function lessonScore(progress: Progress, lessonId: string): { right: number; made: number } {
  const mine = progress.predictions.filter((p) => p.lessonId === lessonId);
  return { right: mine.filter((p) => p.right).length, made: mine.length };
}

export function resetProgress(storage: KeyValueStorage | null): Progress {
  write(storage, emptyProgress());
  return emptyProgress();
}

/** `#lesson=<id>` (optionally `&step=<n>`, counted from 1) opens a lesson; anything else is not a lesson link. */
export function lessonLink(id: string, step?: number): string {
  return `#lesson=${encodeURIComponent(id)}${step && step > 1 ? `&step=${step}` : ''}`;
}

export function readLessonLink(hash: string): { id: string; stepIndex: number } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('lesson');
  if (!id) return null;
  const step = Number(params.get('step') ?? '1');
  return { id, stepIndex: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
}
