/** Grading a prediction against the simulated figure: the tolerance and the option ranges come from the lesson. */
import type { Prediction } from './schema';

type NumberPrediction = Extract<Prediction, { kind: 'number' }>;
type ChoicePrediction = Extract<Prediction, { kind: 'choice' }>;

export type Guess = { kind: 'number'; value: number } | { kind: 'choice'; optionId: string };

export interface Grade {
  right: boolean;
  /** The option the simulated figure falls in (choice), or null. */
  correctOptionId: string | null;
  /** How far the guess may be from the figure and still count (number), or 0. */
  allowed: number;
}

export function allowedError(prediction: NumberPrediction, actual: number): number {
  return Math.max(prediction.tolerance.absolute, prediction.tolerance.relative * Math.abs(actual));
}

/** The option whose [min, max] holds the figure; the first one when ranges overlap, null when none does. */
export function optionFor(prediction: ChoicePrediction, actual: number): string | null {
  const hit = prediction.options.find((o) => (o.min === undefined || actual >= o.min) && (o.max === undefined || actual <= o.max));
  return hit ? hit.id : null;
}

export function grade(prediction: Prediction, guess: Guess, actual: number): Grade {
  if (prediction.kind === 'number') {
    const allowed = allowedError(prediction, actual);
    const right = guess.kind === 'number' && Math.abs(guess.value - actual) <= allowed + 1e-9;
    return { right, correctOptionId: null, allowed };
  }
  const correct = optionFor(prediction, actual);
  return { right: guess.kind === 'choice' && guess.optionId === correct, correctOptionId: correct, allowed: 0 };
}

/** Reads what a learner typed: "1,000", "1 000", "$0.38", "0.375" are numbers; anything else is not. */
export function parseGuess(text: string): number | null {
  const cleaned = text.trim().replace(/^\$/, '').replace(/[,\s_]/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
