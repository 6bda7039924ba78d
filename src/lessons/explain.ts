/** The explanation after a run: the learner's prediction beside the simulated figure, the rule with its source, the moment it shows. */
import type { SimulationSummary } from '../engine/api';
import type { SeriesTable } from '../store/seriesTable';
import { findMoment, predictionFigure, type Moment } from './figures';
import { grade, type Grade, type Guess } from './grade';
import type { LessonStep } from './schema';

export interface Explanation {
  /** The simulated figure, in the prediction's unit; null when the run has no such figure. */
  figure: number | null;
  grade: Grade | null;
  /** "You predicted 20; the simulation gives 3,600." */
  verdict: string;
  rule: string;
  source: { title: string; url: string };
  moment: Moment | null;
}

/** A number as a learner reads it: thousands separated, dollars to the cent or finer, at most 4 significant decimals. */
export function formatFigure(value: number, unit = ''): string {
  if (unit === 'USD') {
    const digits = Math.abs(value) >= 1 ? 2 : Math.abs(value) >= 0.01 ? 3 : 4;
    return `$${value.toFixed(digits)}`;
  }
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}

export function guessText(step: LessonStep, guess: Guess): string {
  const p = step.prediction;
  if (guess.kind === 'number') return formatFigure(guess.value, p.unit);
  if (p.kind !== 'choice') return guess.optionId;
  return `"${p.options.find((o) => o.id === guess.optionId)?.label ?? guess.optionId}"`;
}

export function explain(step: LessonStep, guess: Guess, summary: SimulationSummary, table: SeriesTable | null): Explanation {
  const p = step.prediction;
  const figure = predictionFigure(summary, p) ?? null;
  const moment = table && step.explanation.moment ? findMoment(table, step.explanation.moment) : null;
  const base = { rule: step.explanation.rule, source: step.explanation.source, moment };
  if (figure === null) return { ...base, figure, grade: null, verdict: `The run has no figure ${p.figure}: the lesson names something the diagram lacks.` };
  const g = grade(p, guess, figure);
  const simulated = formatFigure(figure, p.unit);
  let verdict: string;
  if (p.kind === 'number') {
    const within = g.allowed > 0 ? ` (within ${formatFigure(g.allowed, p.unit)} counts)` : '';
    verdict = `You predicted ${guessText(step, guess)}; the simulation gives ${simulated}${within}. ${g.right ? 'Right.' : 'Not quite.'}`;
  } else {
    const correct = p.options.find((o) => o.id === g.correctOptionId);
    verdict = `You chose ${guessText(step, guess)}; the simulation gives ${simulated}, which is "${correct?.label ?? 'none of the options'}". ${g.right ? 'Right.' : 'Not quite.'}`;
  }
  return { ...base, figure, grade: g, verdict };
}
