/** Guided lessons: predict, run, explain, next step; exam-style questions whose four options all run. */
import { useEffect, useMemo, useReducer, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { browserStorage } from '../ScenarioMenu/commands';
import { LESSONS, findLesson } from '../../lessons/catalog';
import { explain, formatFigure } from '../../lessons/explain';
import { readFigure } from '../../lessons/figures';
import { parseGuess, type Guess } from '../../lessons/grade';
import { optionScenario, parseLessonText, stepScenario } from '../../lessons/lesson';
import { reduce, startLesson, stepLabel, type LessonAction, type LessonState, type OptionOutcome } from '../../lessons/machine';
import { lessonLink, lessonScore, markCompleted, readLessonLink, readProgress, recordPrediction, resetProgress, type Progress } from '../../lessons/progress';
import type { Lesson } from '../../lessons/schema';
import { runOffscreen, runOnCanvas, showScenario } from './runLesson';
// oxlint-disable-next-line import/no-unassigned-import
import './lessons.css';

type Machine = { lesson: Lesson; state: LessonState } | null;
type Act = { type: 'open'; lesson: Lesson; stepIndex: number } | { type: 'close' } | { type: 'step'; action: LessonAction };

function machine(m: Machine, act: Act): Machine {
  if (act.type === 'open') return { lesson: act.lesson, state: startLesson(act.lesson, act.stepIndex) };
  if (act.type === 'close' || !m) return null;
  return { ...m, state: reduce(m.lesson, m.state, act.action) };
}

const storage = () => browserStorage();

function openFromHash(hash: string, extra: readonly Lesson[]): { lesson: Lesson; stepIndex: number } | null {
  const link = readLessonLink(hash);
  if (!link) return null;
  const lesson = findLesson(link.id) ?? extra.find((l) => l.id === link.id);
  return lesson ? { lesson, stepIndex: link.stepIndex } : null;
}

/** The AWS page that states the rule, opened in a new tab. */
function SourceLine({ source }: { source: { url: string; title: string } }) {
  return (
    <p className="lp-lessons-source">
      Source:{' '}
      <a href={source.url} target="_blank" rel="noreferrer">
        {source.title}
      </a>
    </p>
  );
}

export function LessonsPanel() {
  const [open, setOpen] = useState(false);
  const [m, dispatch] = useReducer(machine, null);
  const [progress, setProgress] = useState<Progress>(() => readProgress(storage()));
  const [ownLessons, setOwnLessons] = useState<Lesson[]>([]);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // #lesson=<id> opens a lesson, at startup and when pasted into an open tab.
  useEffect(() => {
    const fromHash = () => {
      const found = openFromHash(window.location.hash, ownLessons);
      if (!readLessonLink(window.location.hash)) return;
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      setOpen(true);
      if (found) dispatch({ type: 'open', lesson: found.lesson, stepIndex: found.stepIndex });
      else setFileProblem('The lesson link names a lesson this playground does not have.');
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [ownLessons]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseLessonText(await file.text());
    if (!parsed.ok) {
      setFileProblem(`${file.name} is not a lesson this playground can run:\n${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
      return;
    }
    setFileProblem(null);
    setOwnLessons((list) => [...list.filter((l) => l.id !== parsed.lesson.id), parsed.lesson]);
    dispatch({ type: 'open', lesson: parsed.lesson, stepIndex: 0 });
  };

  return (
    <>
      <button type="button" className="lp-lessons-open" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="lp-lessons-panel">
        {open ? 'Close lessons' : 'Lessons'}
      </button>
      {open && (
        <aside id="lp-lessons-panel" className="lp-lessons" aria-label="Lessons">
          <header className="lp-lessons-head">
            <h2>{m ? m.lesson.title : 'Lessons'}</h2>
            {m ? (
              <button type="button" onClick={() => dispatch({ type: 'close' })}>
                All lessons
              </button>
            ) : (
              <button type="button" onClick={() => setOpen(false)} aria-label="Close lessons">
                Close
              </button>
            )}
          </header>
          {fileProblem && (
            <p className="lp-lessons-problem" role="alert">
              {fileProblem}
            </p>
          )}
          {m ? (
            <LessonView key={m.lesson.id} lesson={m.lesson} state={m.state} act={(action) => dispatch({ type: 'step', action })} onProgress={setProgress} />
          ) : (
            <LessonList
              lessons={[...LESSONS, ...ownLessons]}
              progress={progress}
              onOpen={(lesson) => dispatch({ type: 'open', lesson, stepIndex: 0 })}
              onFile={() => fileInput.current?.click()}
              onReset={() => setProgress(resetProgress(storage()))}
            />
          )}
          <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onFile} aria-label="Lesson file" />
        </aside>
      )}
    </>
  );
}

function LessonList(props: { lessons: readonly Lesson[]; progress: Progress; onOpen(l: Lesson): void; onFile(): void; onReset(): void }) {
  return (
    <div className="lp-lessons-body">
      <p className="lp-lessons-muted">Predict a number, run the simulation, see the rule that decides it. Each lesson is tagged with its exam task.</p>
      <ul className="lp-lessons-list">
        {props.lessons.map((lesson) => {
          const score = lessonScore(props.progress, lesson.id);
          const done = lesson.id in props.progress.completed;
          return (
            <li key={lesson.id}>
              <button type="button" onClick={() => props.onOpen(lesson)}>
                <span className="lp-lessons-title">
                  {done ? '✓ ' : ''}
                  {lesson.title}
                </span>
                <span className="lp-lessons-tags">
                  {[...new Set(lesson.exams.map((e) => e.exam))].join(' · ')} · {lesson.steps.length} steps
                  {lesson.question ? ' + exam question' : ''}
                  {score.made > 0 ? ` · ${score.right}/${score.made} predictions right` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="lp-lessons-actions">
        <button type="button" onClick={props.onFile}>
          Open lesson file…
        </button>
        <button type="button" onClick={props.onReset}>
          Reset progress
        </button>
      </div>
    </div>
  );
}

function useHighlight(ids: readonly string[]) {
  const css = useMemo(
    () => ids.map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"]{outline:3px solid var(--lp-warn);outline-offset:4px;border-radius:8px}`).join('\n'),
    [ids],
  );
  return css ? <style>{css}</style> : null;
}

function LessonView({ lesson, state, act, onProgress }: { lesson: Lesson; state: LessonState; act(a: LessonAction): void; onProgress(p: Progress): void }) {
  const step = lesson.steps[state.stepIndex];
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const [inputProblem, setInputProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const inQuestion = state.phase === 'question' || state.phase === 'questionRunning' || state.phase === 'questionResults';
  const highlight = useHighlight(inQuestion || state.phase === 'done' ? [] : step.highlight);

  // Each new step shows its scenario on the canvas, before the learner predicts.
  useEffect(() => {
    if (state.phase !== 'predict') return;
    setText('');
    setChoice(null);
    const built = stepScenario(lesson, state.stepIndex);
    if (built.ok) showScenario(built.scenario);
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson, state.stepIndex]);

  useEffect(() => {
    if (state.phase === 'explain' || state.phase === 'questionResults' || state.phase === 'done') resultRef.current?.focus();
    if (state.phase === 'question') questionRef.current?.focus();
    if (state.phase === 'done') markCompletedOnce();
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [state.phase]);

  const markCompletedOnce = () => onProgress(markCompleted(browserStorage(), lesson.id, new Date()));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let guess: Guess;
    if (step.prediction.kind === 'number') {
      const value = parseGuess(text);
      if (value === null) return setInputProblem('Type a number, e.g. 1,000 or 0.375.');
      guess = { kind: 'number', value };
    } else {
      if (!choice) return setInputProblem('Pick one of the options.');
      guess = { kind: 'choice', optionId: choice };
    }
    setInputProblem(null);
    const built = stepScenario(lesson, state.stepIndex);
    if (!built.ok) return act({ type: 'failed', message: built.issues.map((i) => `${i.path}: ${i.message}`).join('\n') });
    act({ type: 'predict', guess });
    runOnCanvas(built.scenario).then(
      (run) => {
        const explanation = explain(step, guess, run.summary, run.table);
        onProgress(
          recordPrediction(browserStorage(), {
            lessonId: lesson.id,
            stepId: step.id,
            guess: guess.kind === 'number' ? guess.value : guess.optionId,
            figure: explanation.figure,
            right: explanation.grade?.right ?? false,
            at: new Date().toISOString(),
          }),
        );
        act({ type: 'ran', explanation });
      },
      (error: Error) => act({ type: 'failed', message: error.message }),
    );
    return undefined;
  };

  const pick = (event: FormEvent) => {
    event.preventDefault();
    const q = lesson.question;
    if (!q || !choice) return setInputProblem('Pick one of the four options.');
    setInputProblem(null);
    act({ type: 'pick', optionId: choice });
    const runs = q.options.map(async (option, k): Promise<OptionOutcome> => {
      const built = optionScenario(lesson, k);
      if (!built.ok) throw new Error(built.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
      const summary = await runOffscreen(built.scenario);
      const figure = readFigure(summary, q.fixedWhen.figure) ?? null;
      const fixes = figure !== null && (q.fixedWhen.min === undefined || figure >= q.fixedWhen.min) && (q.fixedWhen.max === undefined || figure <= q.fixedWhen.max);
      return { optionId: option.id, figure, fixes };
    });
    Promise.all(runs).then(
      (outcomes) => act({ type: 'optionsRan', outcomes }),
      (error: Error) => act({ type: 'failed', message: error.message }),
    );
    return undefined;
  };

  const copyLink = async () => {
    const url = window.location.href.split('#')[0] + lessonLink(lesson.id, state.stepIndex + 1);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      window.prompt('Copy this link:', url);
    }
  };

  return (
    <div className="lp-lessons-body">
      {highlight}
      <p className="lp-lessons-meta">
        <span>{stepLabel(lesson, state)}</span>
        <span>{lesson.exams.map((e) => `${e.exam} ${e.task}`).join('; ')}</span>
      </p>
      {state.problem && (
        <p className="lp-lessons-problem" role="alert">
          {state.problem}
        </p>
      )}

      {(state.phase === 'predict' || state.phase === 'running' || state.phase === 'explain') && (
        <section aria-label="Step" key={step.id}>
          <h3>{step.title}</h3>
          {step.rulesAsOf && <p className="lp-lessons-rules">Rules {step.rulesAsOf}</p>}
          {step.change && state.stepIndex > 0 && <p className="lp-lessons-change">{step.change}</p>}
          <p>{step.look}</p>
          <form onSubmit={submit} className="lp-lessons-predict">
            <fieldset disabled={state.phase !== 'predict'}>
              <legend>{step.prediction.question}</legend>
              {step.prediction.kind === 'number' ? (
                <label className="lp-lessons-number">
                  <span>Your prediction{step.prediction.unit ? ` (${step.prediction.unit})` : ''}</span>
                  <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
                </label>
              ) : (
                step.prediction.options.map((o) => (
                  <label key={o.id} className="lp-lessons-option">
                    <input type="radio" name={`choice-${step.id}`} value={o.id} checked={choice === o.id} onChange={() => setChoice(o.id)} />
                    <span>{o.label}</span>
                  </label>
                ))
              )}
              {inputProblem && <p className="lp-lessons-problem">{inputProblem}</p>}
              <button type="submit" className="lp-lessons-primary">
                {state.phase === 'running' ? 'Running…' : 'Predict and run'}
              </button>
            </fieldset>
          </form>
          {state.phase === 'running' && <p role="status">Running the simulation to the end…</p>}
          {state.phase === 'explain' && state.explanation && (
            <section className="lp-lessons-explain" aria-label="Explanation">
              <h3 tabIndex={-1} ref={resultRef}>
                {state.explanation.grade?.right ? 'Right' : 'The simulation says'}
              </h3>
              <p className="lp-lessons-verdict">{state.explanation.verdict}</p>
              <p>{state.explanation.rule}</p>
              {state.explanation.moment && <p className="lp-lessons-moment">{state.explanation.moment.text}</p>}
              <SourceLine source={state.explanation.source} />
              <button type="button" className="lp-lessons-primary" onClick={() => act({ type: 'next' })}>
                {state.stepIndex + 1 < lesson.steps.length ? 'Next step' : lesson.question ? 'Exam-style question' : 'Finish lesson'}
              </button>
            </section>
          )}
        </section>
      )}

      {inQuestion && lesson.question && (
        <section aria-label="Exam-style question">
          <h3 tabIndex={-1} ref={questionRef}>
            Exam-style question
          </h3>
          <form onSubmit={pick} className="lp-lessons-predict">
            <fieldset disabled={state.phase !== 'question'}>
              <legend>{lesson.question.prompt}</legend>
              {lesson.question.options.map((o, k) => {
                const outcome = state.outcomes?.find((x) => x.optionId === o.id);
                return (
                  <label key={o.id} className={`lp-lessons-option${outcome ? (outcome.fixes ? ' lp-lessons-fixes' : ' lp-lessons-fails') : ''}`}>
                    <input type="radio" name="exam" value={o.id} checked={choice === o.id} onChange={() => setChoice(o.id)} />
                    <span>
                      {String.fromCharCode(65 + k)}. {o.label}
                      {outcome && (
                        <span className="lp-lessons-outcome">
                          {outcome.fixes ? 'Fixes it' : 'Does not fix it'}: {lesson.question!.fixedWhen.figure.split('.').slice(1).join(' ')} = {outcome.figure === null ? '—' : formatFigure(outcome.figure)}. {o.why}
                        </span>
                      )}
                    </span>
                  </label>
                );
              })}
              {inputProblem && <p className="lp-lessons-problem">{inputProblem}</p>}
              <button type="submit" className="lp-lessons-primary">
                {state.phase === 'questionRunning' ? 'Running all four…' : 'Answer and run all four'}
              </button>
            </fieldset>
          </form>
          {state.phase === 'questionResults' && state.outcomes && (
            <section className="lp-lessons-explain" aria-label="Answer">
              <h3 tabIndex={-1} ref={resultRef}>
                {state.outcomes.find((o) => o.optionId === state.picked)?.fixes ? 'Right' : 'Not quite'}
              </h3>
              <p className="lp-lessons-verdict">
                The fix is the option where {lesson.question.fixedWhen.says}:{' '}
                {lesson.question.options
                  .filter((o) => state.outcomes!.find((x) => x.optionId === o.id)?.fixes)
                  .map((o) => o.label)
                  .join('; ') || 'none of them'}
                .
              </p>
              <SourceLine source={lesson.question.source} />
              <button type="button" className="lp-lessons-primary" onClick={() => act({ type: 'next' })}>
                Finish lesson
              </button>
            </section>
          )}
        </section>
      )}

      {state.phase === 'done' && (
        <section aria-label="Lesson complete">
          <h3 tabIndex={-1} ref={resultRef}>
            Lesson complete
          </h3>
          <p>{lesson.summary}</p>
          <button type="button" onClick={() => act({ type: 'restartStep' })}>
            Try the last step again
          </button>
        </section>
      )}
      <p className="lp-lessons-actions">
        <button type="button" onClick={copyLink}>
          {copied ? 'Link copied' : 'Copy link to this step'}
        </button>
      </p>
    </div>
  );
}

export default LessonsPanel;
