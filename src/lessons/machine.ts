/**
 * The lesson's step machine, framework-free: predict (the scene and the question),
 * running, explain (guess beside the simulated figure), then the next step; after
 * the last step an exam-style question when the lesson has one, then done.
 */
import type { Guess } from './grade';
import type { Lesson } from './schema';
import type { Explanation } from './explain';

export type Phase = 'predict' | 'running' | 'explain' | 'question' | 'questionRunning' | 'questionResults' | 'done';

export interface OptionOutcome {
  optionId: string;
  figure: number | null;
  fixes: boolean;
}

export interface LessonState {
  lessonId: string;
  stepIndex: number;
  phase: Phase;
  guess: Guess | null;
  explanation: Explanation | null;
  /** The exam-style question: the option picked and, once every option ran, what each gave. */
  picked: string | null;
  outcomes: OptionOutcome[] | null;
  /** A run that could not be made (an invalid step, a worker failure), in words. */
  problem: string | null;
}

export type LessonAction =
  | { type: 'predict'; guess: Guess }
  | { type: 'ran'; explanation: Explanation }
  | { type: 'failed'; message: string }
  | { type: 'next' }
  | { type: 'pick'; optionId: string }
  | { type: 'optionsRan'; outcomes: OptionOutcome[] }
  | { type: 'restartStep' };

export function startLesson(lesson: Lesson, stepIndex = 0): LessonState {
  return {
    lessonId: lesson.id,
    stepIndex: Math.min(Math.max(0, stepIndex), lesson.steps.length - 1),
    phase: 'predict',
    guess: null,
    explanation: null,
    picked: null,
    outcomes: null,
    problem: null,
  };
}

export function reduce(lesson: Lesson, state: LessonState, action: LessonAction): LessonState {
  switch (action.type) {
    case 'predict':
      return state.phase === 'predict' ? { ...state, phase: 'running', guess: action.guess, problem: null } : state;
    case 'ran':
      return state.phase === 'running' ? { ...state, phase: 'explain', explanation: action.explanation } : state;
    case 'failed':
      if (state.phase === 'running') return { ...state, phase: 'predict', problem: action.message };
      if (state.phase === 'questionRunning') return { ...state, phase: 'question', picked: null, problem: action.message };
      return { ...state, problem: action.message };
    case 'next': {
      if (state.phase === 'explain') {
        if (state.stepIndex + 1 < lesson.steps.length) return { ...startLesson(lesson, state.stepIndex + 1) };
        return { ...state, phase: lesson.question ? 'question' : 'done' };
      }
      if (state.phase === 'questionResults') return { ...state, phase: 'done' };
      return state;
    }
    case 'pick':
      return state.phase === 'question' && lesson.question?.options.some((o) => o.id === action.optionId)
        ? { ...state, phase: 'questionRunning', picked: action.optionId, problem: null }
        : state;
    case 'optionsRan':
      return state.phase === 'questionRunning' ? { ...state, phase: 'questionResults', outcomes: action.outcomes } : state;
    case 'restartStep':
      return startLesson(lesson, state.stepIndex);
  }
}

/** "Step 2 of 3". */
export function stepLabel(lesson: Lesson, state: LessonState): string {
  if (state.phase === 'question' || state.phase === 'questionRunning' || state.phase === 'questionResults') return 'Exam-style question';
  if (state.phase === 'done') return 'Lesson complete';
  return `Step ${state.stepIndex + 1} of ${lesson.steps.length}`;
}
