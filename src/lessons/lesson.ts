/** A parsed lesson's steps resolved to runnable scenarios, and lesson files read with errors naming the field. */
import type { Scenario, ScenarioIssue } from '../model';
import { describeIssues } from '../model/validate';
import { buildScenario } from './changes';
import { figureNode } from './figures';
import { lessonSchema, type Lesson, type LessonStep, type ScenarioChange, type ScenarioRef } from './schema';

export interface ResolvedStep {
  step: LessonStep;
  ref: ScenarioRef;
  /** Every change since the scenario was named: a later step keeps what earlier ones changed. */
  changes: ScenarioChange[];
}

export function resolveSteps(lesson: Lesson): ResolvedStep[] {
  let ref: ScenarioRef = lesson.steps[0]?.scenario ?? '';
  let changes: ScenarioChange[] = [];
  return lesson.steps.map((step) => {
    if (step.scenario !== undefined) {
      ref = step.scenario;
      changes = [];
    }
    changes = [...changes, ...step.changes];
    return { step, ref, changes };
  });
}

export type StepBuild = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** The scenario step `index` runs, validated; issues carry the step in their path. */
export function stepScenario(lesson: Lesson, index: number): StepBuild {
  const resolved = resolveSteps(lesson)[index];
  if (!resolved) return { ok: false, issues: [{ path: `steps[${index}]`, message: 'the lesson has no such step' }] };
  const built = buildScenario(resolved.ref, resolved.changes);
  if (built.ok) return built;
  return { ok: false, issues: built.issues.map((i) => ({ path: `steps[${index}] (${resolved.step.id}).${i.path}`, message: i.message })) };
}

/** The scenario an exam-style option runs: the question's base (or the first step's), its changes, the option's. */
export function optionScenario(lesson: Lesson, optionIndex: number): StepBuild {
  const q = lesson.question;
  const option = q?.options[optionIndex];
  if (!q || !option) return { ok: false, issues: [{ path: 'question', message: 'the lesson has no such option' }] };
  const first = resolveSteps(lesson)[0];
  const ref = q.scenario ?? first?.ref ?? '';
  const base = q.scenario === undefined ? (first?.changes ?? []) : [];
  const built = buildScenario(ref, [...base, ...q.changes, ...option.changes]);
  if (built.ok) return built;
  return { ok: false, issues: built.issues.map((i) => ({ path: `question.options[${optionIndex}] (${option.id}).${i.path}`, message: i.message })) };
}

export type LessonParse = { ok: true; lesson: Lesson } | { ok: false; issues: ScenarioIssue[] };

/**
 * A lesson file: its schema, then every step's scenario built and checked, and every
 * node the lesson names (highlights, figures, moments) looked up in that scenario.
 */
export function parseLesson(input: unknown): LessonParse {
  const parsed = lessonSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error, input) };
  const lesson = parsed.data;
  const issues: ScenarioIssue[] = [];
  lesson.steps.forEach((step, i) => {
    const built = stepScenario(lesson, i);
    if (!built.ok) return issues.push(...built.issues);
    const ids = built.scenario.nodes.map((n) => n.id);
    const at = `steps[${i}] (${step.id})`;
    step.highlight.forEach((h, k) => {
      if (!ids.includes(h)) issues.push({ path: `${at}.highlight[${k}]`, message: `the step's scenario has no node "${h}"` });
    });
    checkFigure(step.prediction.figure, built.scenario, `${at}.prediction.figure`, issues);
    const moment = step.explanation.moment;
    if (moment) {
      const node = moment.series.slice(0, moment.series.lastIndexOf('/'));
      if (node !== 'account' && !ids.includes(node))
        issues.push({ path: `${at}.explanation.moment.series`, message: `the step's scenario has no node "${node}"` });
    }
    return undefined;
  });
  lesson.question?.options.forEach((_, k) => {
    const built = optionScenario(lesson, k);
    if (!built.ok) issues.push(...built.issues);
    else if (k === 0) checkFigure(lesson.question!.fixedWhen.figure, built.scenario, 'question.fixedWhen.figure', issues);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lesson };
}

function checkFigure(path: string, scenario: Scenario, at: string, issues: ScenarioIssue[]): void {
  const ids = scenario.nodes.map((n) => n.id);
  const node = figureNode(path, ids);
  if (node === undefined) return;
  const found = scenario.nodes.find((n) => n.id === node);
  const group = path.split('.')[0];
  if (!found) issues.push({ path: at, message: `the step's scenario has no node "${node}"` });
  else if (group === 'functions' && found.kind !== 'function')
    issues.push({ path: at, message: `"${node}" is a ${found.kind}, not a function: use resources.${node}...` });
  else if (group === 'resources' && found.kind === 'function')
    issues.push({ path: at, message: `"${node}" is a function: use functions.${node}...` });
}

/** Reads a lesson file's text (JSON); a syntax error is an issue too, never a throw. */
export function parseLessonText(text: string): LessonParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: `not JSON: ${(error as Error).message}` }] };
  }
  return parseLesson(json);
}
