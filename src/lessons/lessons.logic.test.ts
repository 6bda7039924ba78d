/** The lesson file's errors name the field; the step machine walks predict → run → explain → next; grading and progress. */
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../io/memoryStorage';
import { LESSONS, findLesson } from './catalog';
import { explain } from './explain';
import { grade, parseGuess } from './grade';
import { parseLesson, parseLessonText, stepScenario } from './lesson';
import { reduce, startLesson, type LessonState } from './machine';
import { lessonLink, markCompleted, readLessonLink, readProgress, recordPrediction, lessonScore, PROGRESS_KEY } from './progress';
import { runHeadless } from './headless';

interface Editable {
  steps: { highlight: string[]; changes: unknown[]; prediction: Record<string, unknown> }[];
}
const file = () => structuredClone(findLesson('sync-throttling')!) as unknown as Editable;

describe('lesson files', () => {
  it('a misspelt key is refused with its path and the key it most likely meant', () => {
    const bad = file();
    bad.steps[1].prediction.tolerence = bad.steps[1].prediction.tolerance;
    const r = parseLesson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toBe('steps[1] (no-reservation).prediction.tolerence');
  });

  it('a change naming a node the scenario lacks names the step and the change', () => {
    const bad = file();
    bad.steps[1].changes = [{ node: 'ap', set: { reservedConcurrency: null } }];
    const r = parseLesson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual({ path: 'steps[1] (no-reservation).changes[0].node', message: 'the scenario has no node "ap"' });
  });

  it('a change that makes the scenario invalid is reported with the scenario field', () => {
    const bad = file();
    bad.steps[1].changes = [{ node: 'api', set: { memoryMB: 64 } }];
    const r = parseLesson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toMatch(/^steps\[1\] \(no-reservation\)\.nodes\[1\] \(api\)\.config\.memoryMB$/);
  });

  it('a figure or highlight naming an unknown node, and a function read as a resource, are refused', () => {
    const bad = file();
    bad.steps[0].highlight = ['nope'];
    bad.steps[0].prediction.figure = 'resources.api.arrived';
    const r = parseLesson(bad);
    if (r.ok) throw new Error('accepted');
    expect(r.issues.map((i) => i.path)).toEqual(['steps[0] (reserved-20).highlight[0]', 'steps[0] (reserved-20).prediction.figure']);
    expect(r.issues[1].message).toContain('use functions.api');
  });

  it('text that is not JSON is an issue, not a throw; every built-in lesson parses and has at least one exam tag', () => {
    expect(parseLessonText('{ nope').ok).toBe(false);
    for (const lesson of LESSONS) {
      expect(parseLesson(lesson).ok).toBe(true);
      expect(lesson.exams.length).toBeGreaterThan(0);
    }
  });

  it('a later step keeps the earlier steps\' changes', () => {
    const retries = findLesson('retries-by-invocation')!;
    const last = stepScenario(retries, 3);
    if (!last.ok) throw new Error('invalid');
    const fn = last.scenario.nodes.find((n) => n.id === 'fails')!;
    const caller = last.scenario.nodes.find((n) => n.id === 'caller')!;
    expect(fn.kind === 'function' && [fn.config.reservedConcurrency, fn.config.async.maximumRetryAttempts]).toEqual([0, 0]);
    expect(caller.kind === 'client' && caller.config.invocationType).toBe('sync');
  });
});

describe('grading', () => {
  it('reads typed numbers with separators and a dollar sign, and refuses words', () => {
    expect([parseGuess('3,600'), parseGuess(' 1 205 '), parseGuess('$0.375'), parseGuess('abc'), parseGuess('')]).toEqual([3600, 1205, 0.375, null, null]);
  });
  it('a number is right within max(absolute, relative × figure)', () => {
    const p = findLesson('sync-throttling')!.steps[0].prediction;
    expect(grade(p, { kind: 'number', value: 3300 }, 3600).right).toBe(true);
    expect(grade(p, { kind: 'number', value: 3200 }, 3600).right).toBe(false);
  });
});

describe('step machine', () => {
  it('walks predict → running → explain → next step, then done; the explanation puts the guess beside the figure', () => {
    const lesson = findLesson('scaling-rate')!;
    let s = startLesson(lesson);
    expect(s.phase).toBe('predict');
    s = reduce(lesson, s, { type: 'predict', guess: { kind: 'number', value: 3000 } });
    expect(s.phase).toBe('running');
    const built = stepScenario(lesson, 0);
    if (!built.ok) throw new Error('invalid');
    const run = runHeadless(built.scenario);
    const e = explain(lesson.steps[0], s.guess!, run.summary, run.table);
    expect(e.verdict).toBe('You predicted 3,000 requests; the simulation gives 1,000 requests. Not quite.');
    expect(e.moment?.text).toBe('The 9,000 throttles all come at 1 s.');
    s = reduce(lesson, s, { type: 'ran', explanation: e });
    expect(s.phase).toBe('explain');
    s = reduce(lesson, s, { type: 'next' });
    expect([s.stepIndex, s.phase, s.guess]).toEqual([1, 'predict', null]);
    s = reduce(lesson, reduce(lesson, s, { type: 'predict', guess: { kind: 'number', value: 3000 } }), { type: 'ran', explanation: e });
    expect(reduce(lesson, s, { type: 'next' }).phase).toBe('done');
  });

  it('a lesson with an exam-style question goes to it after the last step; a picked option runs them all', () => {
    const lesson = findLesson('reserved-sqs-pitfall')!;
    let s: LessonState = { ...startLesson(lesson, 1), phase: 'explain' };
    s = reduce(lesson, s, { type: 'next' });
    expect(s.phase).toBe('question');
    expect(reduce(lesson, s, { type: 'pick', optionId: 'nope' }).phase).toBe('question');
    s = reduce(lesson, s, { type: 'pick', optionId: 'visibility' });
    expect([s.phase, s.picked]).toEqual(['questionRunning', 'visibility']);
  });
});

describe('progress', () => {
  it('keeps predictions and finished lessons under one key, and ignores a damaged entry', () => {
    const storage = memoryStorage();
    recordPrediction(storage, { lessonId: 'a', stepId: 's', guess: 3, figure: 3, right: true, at: '2026-01-01T00:00:00Z' });
    recordPrediction(storage, { lessonId: 'a', stepId: 't', guess: 'none', figure: 5, right: false, at: '2026-01-01T00:00:00Z' });
    markCompleted(storage, 'a', new Date('2026-01-02T00:00:00Z'));
    const p = readProgress(storage);
    expect(lessonScore(p, 'a')).toEqual({ right: 1, made: 2 });
    expect(p.completed).toEqual({ a: '2026-01-02T00:00:00.000Z' });
    storage.setItem(PROGRESS_KEY, '{"completed": 5');
    expect(readProgress(storage)).toEqual({ completed: {}, predictions: [] });
  });
  it('a lesson link names the lesson and, past the first, the step', () => {
    expect(lessonLink('scaling-rate', 2)).toBe('#lesson=scaling-rate&step=2');
    expect(readLessonLink('#lesson=scaling-rate&step=2')).toEqual({ id: 'scaling-rate', stepIndex: 1 });
    expect(readLessonLink('#s=abc')).toBeNull();
  });
});
