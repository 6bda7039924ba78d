/**
 * Every figure a lesson asks about, run headless through the engine and compared
 * with the rule's formula or AWS's documented number (lambda-model.md), so a lesson
 * can never teach a wrong number. The answer the formula gives must also be graded
 * right by the lesson's own tolerance or option ranges.
 */
import { describe, expect, it } from 'vitest';
import { LESSONS } from './catalog';
import { predictionFigure, readFigure } from './figures';
import { grade, optionFor } from './grade';
import { optionScenario, stepScenario } from './lesson';
import { runHeadless } from './headless';
import type { Lesson } from './schema';

/** §10.1, US East, x86. */
const GBS = 0.0000166667;
const PC_GBS = 0.0000041667;

/** What the rule says: a number (with how close the simulation must come), or a range the figure must fall in. */
type Truth = { value: number; within: number } | { range: [number, number] };
const exactly = (value: number): Truth => ({ value, within: 0 });
const about = (value: number, relative: number): Truth => ({ value, within: Math.abs(value) * relative });

const TRUTH: Record<string, Record<string, Truth>> = {
  'sync-throttling': {
    // 20 environments × (1 / 0.5 s) = 40 rps served of 100: 60 rps refused for 60 s.
    'reserved-20': about((100 - 20 / 0.5) * 60, 0.02),
    // Concurrency = rps × duration (AWS example: 100 rps × 0.5 s = 50).
    'no-reservation': about(100 * 0.5, 0.02),
  },
  'async-throttling': {
    'queue-absorbs': exactly(100 * 60),
    // Reserved 0: every event to the DLQ, no retries (§1.2).
    'reserved-zero': exactly(100 * 60),
  },
  'reserved-vs-provisioned': {
    'cold-starts': exactly(0),
    price: about(50 * (1024 / 1024) * 1800 * PC_GBS, 0.001),
    spillover: exactly(0),
  },
  'cold-starts-init': {
    // One environment for the trickle, one per simultaneous request of the burst (one of them may reuse it).
    'burst-50': { range: [50, 51] },
    'burst-200': { range: [200, 201] },
  },
  'scaling-rate': {
    current: exactly(1000),
    // Operator Guide: 3,000 served, 7,000 throttled.
    legacy: exactly(3000),
  },
  'retries-by-invocation': {
    'async-three-attempts': exactly(10 * (1 + 2)),
    'async-no-retry': exactly(10),
    'sync-no-retry': exactly(10),
    // SDK standard mode: 3 attempts on 429.
    'sdk-retries-throttles': exactly(10 * 3),
  },
  'dlq-vs-destinations': { 'both-fail': exactly(20), success: exactly(20) },
  'sqs-scaling-visibility': {
    'ramp-now': exactly(Math.min(5 + 4 * 300, 1250)),
    'ramp-legacy': exactly(Math.min(5 + 4 * 60, 1000)),
    'visibility-short': exactly(0),
  },
  'reserved-sqs-pitfall': { pitfall: { range: [100, Infinity] }, 'maximum-concurrency': exactly(0) },
  'sqs-fifo-groups': { 'three-groups': exactly(3), 'twelve-groups': exactly(12) },
  'kinesis-poison-record': {
    // Blocked from the poison record at 120 s to the end at 900 s.
    blocked: about(900 - 120, 0.01),
    bisect: exactly(1),
    // Records older than 60 s are skipped: the shard never falls much more than a minute behind.
    'max-age': { range: [55, 65] },
  },
  'eventbridge-schedules': {
    // 15-minute gaps exceed the 600 s keep-alive: every one of 7,200 / 900 runs is cold.
    'every-15': exactly(7200 / 900),
    'every-5': exactly(1),
  },
  'recursive-loops': { 'ten-messages': exactly(10 * 16), 'dead-lettered': exactly(25) },
  'cost-billing': {
    // ceil-to-1-ms: 101 ms billed as 101 ms, plus INIT (200 ms) of the ~101 cold starts.
    'one-ms': about(100_000 * 0.101 * 1 * GBS + 101 * 0.2 * 1 * GBS, 0.01),
    'init-now': about(1000 * (2 + 0.1) * 1 * GBS, 0.001),
    'init-before': about(1000 * 0.1 * 1 * GBS, 0.001),
    // 60 s configured, rounded up to 5 minutes.
    'provisioned-price': about(1000 * 1 * 300 * PC_GBS, 0.001),
  },
};

function cases(lesson: Lesson) {
  return lesson.steps.map((step, index) => ({ lesson, step, index }));
}

describe('every lesson step has a number test', () => {
  it('the table names every step of every lesson, and at least 12 lessons', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(12);
    for (const lesson of LESSONS) expect(Object.keys(TRUTH[lesson.id] ?? {}).sort()).toEqual(lesson.steps.map((s) => s.id).sort());
  });
});

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it.each(cases(lesson).map((c) => [c.step.id, c] as const))('step %s: the simulated figure is the rule\'s, and the rule\'s answer is graded right', (_s, { step, index }) => {
    const built = stepScenario(lesson, index);
    if (!built.ok) throw new Error(built.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    const { summary } = runHeadless(built.scenario);
    const figure = predictionFigure(summary, step.prediction);
    expect(figure, `${step.prediction.figure} is in the summary`).toBeTypeOf('number');
    const truth = TRUTH[lesson.id][step.id];
    const p = step.prediction;
    if ('range' in truth) {
      expect(figure!).toBeGreaterThanOrEqual(truth.range[0]);
      expect(figure!).toBeLessThanOrEqual(truth.range[1]);
    } else {
      expect(Math.abs(figure! - truth.value)).toBeLessThanOrEqual(truth.within + 1e-9);
    }
    if (p.kind === 'number') {
      const answer = 'range' in truth ? (truth.range[0] + Math.min(truth.range[1], truth.range[0] + 1)) / 2 : truth.value;
      expect(grade(p, { kind: 'number', value: answer }, figure!).right).toBe(true);
    } else {
      // The option the rule points at is the one the lesson marks right, wherever in the range the run lands.
      const probe = 'range' in truth ? truth.range[0] : truth.value;
      expect(optionFor(p, figure!)).toBe(optionFor(p, probe));
      expect(optionFor(p, figure!)).not.toBeNull();
    }
  });
});

describe('exam-style questions', () => {
  it('reserved concurrency + SQS: only maximum concurrency on the mapping keeps the DLQ empty, and it holds concurrency at 5', () => {
    const lesson = LESSONS.find((l) => l.id === 'reserved-sqs-pitfall')!;
    const q = lesson.question!;
    const results = q.options.map((option, k) => {
      const built = optionScenario(lesson, k);
      if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('; '));
      const { summary } = runHeadless(built.scenario);
      return { id: option.id, dlq: readFigure(summary, q.fixedWhen.figure)!, concurrency: summary.functions.worker.maxConcurrency, throttles: summary.functions.worker.throttles };
    });
    expect(results.filter((r) => r.dlq <= (q.fixedWhen.max ?? Infinity)).map((r) => r.id)).toEqual(['maximum-concurrency']);
    const fix = results.find((r) => r.id === 'maximum-concurrency')!;
    expect(fix.concurrency).toBeLessThanOrEqual(5);
    expect(fix.throttles).toBe(0);
  });
});
