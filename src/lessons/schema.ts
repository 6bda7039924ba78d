/**
 * The lesson file (lessonVersion 1), documented in docs/lesson-format.md. Built-in
 * lessons (library/*.json) and a teacher's own files go through the same schema;
 * every object is strict, so a misspelt key is an error naming it.
 */
import { z } from '../model/zodConfig';

export const LESSON_VERSION = 1;

export const EXAMS = ['CLF-C02', 'DVA-C02', 'SAA-C03', 'SOA-C02', 'SAP-C02'] as const;
export type Exam = (typeof EXAMS)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower-case letters, digits and "-" (at most 64)');

/** A figure of the run's summary, by path: `functions.<id>.<field>`, `resources.<id>.metrics.<name>`, `account.<field>`. */
export const figureSchema = z
  .string()
  .regex(/^(functions|resources)\.[A-Za-z0-9_.:-]+?\.[A-Za-z0-9.]+$|^(account|monthlyProjection)\.[A-Za-z]+$/, {
    message: 'a figure is a path into the run summary: functions.<node>.<field>, resources.<node>.<field> or account.<field>',
  });

/** A preset by id, or a whole scenario file written inline (checked as any scenario file when the step is built). */
export const scenarioRefSchema = z.union([z.string().min(1), z.record(z.string(), z.unknown())]);
export type ScenarioRef = z.infer<typeof scenarioRefSchema>;

const settings = z.record(z.string().min(1), z.unknown());
export const changeSchema = z.union([
  z.strictObject({ node: z.string().min(1), set: settings }),
  z.strictObject({ edge: z.string().min(1), set: settings }),
  z.strictObject({ account: settings }),
  z.strictObject({ scenario: settings }),
]);
export type ScenarioChange = z.infer<typeof changeSchema>;

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
});

const numberPrediction = z.strictObject({
  kind: z.literal('number'),
  question: z.string().min(1),
  figure: figureSchema,
  /** The figure is shown and graded divided by this (1000 turns milliseconds into seconds). */
  divideBy: z.number().positive().default(1),
  unit: z.string().default(''),
  /** Right when |guess − simulated| ≤ max(absolute, relative × |simulated|). */
  tolerance: z.strictObject({ absolute: z.number().nonnegative().default(0), relative: z.number().min(0).max(1).default(0) }).default({ absolute: 0, relative: 0 }),
});

const choiceOption = z
  .strictObject({ id, label: z.string().min(1), min: z.number().optional(), max: z.number().optional() })
  .refine((o) => o.min !== undefined || o.max !== undefined, { message: 'an option needs min, max or both: the range of the figure it stands for' });

const choicePrediction = z.strictObject({
  kind: z.literal('choice'),
  question: z.string().min(1),
  figure: figureSchema,
  divideBy: z.number().positive().default(1),
  unit: z.string().default(''),
  /** The right option is the one whose range [min, max] holds the simulated figure. */
  options: z.array(choiceOption).min(2).max(6),
});

export const predictionSchema = z.discriminatedUnion('kind', [numberPrediction, choicePrediction]);
export type Prediction = z.infer<typeof predictionSchema>;

export const momentSchema = z.strictObject({
  /** A per-tick series key, `<node>/<Metric>` as the dashboard names it. */
  series: z.string().regex(/^[A-Za-z0-9_.:-]+\/[A-Za-z0-9]+$/, 'a series is "<node id>/<Metric>", e.g. "worker/Throttles"'),
  /** `first`: the first point above zero; `peak`: the highest point */
  when: z.enum(['first', 'peak']),
  /** Words around the time, with {t} where it goes: "The first throttle comes at {t}." */
  says: z.string().includes('{t}', { message: 'write {t} where the time of the moment goes' }),
});

export const stepSchema = z.strictObject({
  id,
  title: z.string().min(1),
  /** Absent on a later step: the previous step's scenario, with its changes, carries on. */
  scenario: scenarioRefSchema.optional(),
  changes: z.array(changeSchema).default([]),
  /** The one thing this step changes, in words ("Now set maximumConcurrency to 2"). */
  change: z.string().optional(),
  /** Which rules the step runs under, when AWS changed them ("as now", "as before 26 November 2023"). */
  rulesAsOf: z.string().optional(),
  look: z.string().min(1),
  highlight: z.array(z.string().min(1)).default([]),
  prediction: predictionSchema,
  explanation: z.strictObject({
    rule: z.string().min(1),
    source: sourceSchema,
    moment: momentSchema.optional(),
  }),
});
export type LessonStep = z.infer<typeof stepSchema>;

export const examOptionSchema = z.strictObject({
  id,
  label: z.string().min(1),
  changes: z.array(changeSchema).min(1),
  /** Why this option fixes the problem, or why it does not. */
  why: z.string().min(1),
});

export const examQuestionSchema = z.strictObject({
  prompt: z.string().min(1),
  /** Absent: the lesson's first step's scenario. */
  scenario: scenarioRefSchema.optional(),
  changes: z.array(changeSchema).default([]),
  /** The option fixes the problem when the figure is inside [min, max] after its run. */
  fixedWhen: z
    .strictObject({ figure: figureSchema, min: z.number().optional(), max: z.number().optional(), says: z.string().min(1) })
    .refine((f) => f.min !== undefined || f.max !== undefined, { message: 'fixedWhen needs min, max or both' }),
  options: z.array(examOptionSchema).length(4, { message: 'an exam-style question has exactly four options' }),
  source: sourceSchema,
});
export type ExamQuestion = z.infer<typeof examQuestionSchema>;

export const lessonSchema = z
  .strictObject({
    lessonVersion: z.literal(LESSON_VERSION),
    id,
    title: z.string().min(1).max(120),
    summary: z.string().min(1),
    exams: z.array(z.strictObject({ exam: z.enum(EXAMS), task: z.string().min(1) })).min(1),
    steps: z.array(stepSchema).min(1).max(12),
    question: examQuestionSchema.optional(),
  })
  .superRefine((lesson, ctx) => {
    if (lesson.steps[0] && lesson.steps[0].scenario === undefined)
      ctx.addIssue({ code: 'custom', path: ['steps', 0, 'scenario'], message: 'the first step names its scenario (a preset id or a scenario file)' });
    const seen = new Set<string>();
    lesson.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${step.id}"` });
      seen.add(step.id);
    });
  });

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonInput = z.input<typeof lessonSchema>;
