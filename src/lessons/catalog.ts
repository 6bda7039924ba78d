/** The built-in lessons, in the order a course would meet them; each file is a lesson file as a teacher would write one. */
import asyncThrottling from './library/async-throttling.json';
import coldStartsInit from './library/cold-starts-init.json';
import costBilling from './library/cost-billing.json';
import dlqVsDestinations from './library/dlq-vs-destinations.json';
import eventbridgeSchedules from './library/eventbridge-schedules.json';
import kinesisPoisonRecord from './library/kinesis-poison-record.json';
import recursiveLoops from './library/recursive-loops.json';
import reservedSqsPitfall from './library/reserved-sqs-pitfall.json';
import reservedVsProvisioned from './library/reserved-vs-provisioned.json';
import retriesByInvocation from './library/retries-by-invocation.json';
import scalingRate from './library/scaling-rate.json';
import sqsFifoGroups from './library/sqs-fifo-groups.json';
import sqsScalingVisibility from './library/sqs-scaling-visibility.json';
import syncThrottling from './library/sync-throttling.json';
import { parseLesson } from './lesson';
import type { Lesson } from './schema';

/** The files as written, for the tests that check every one parses. */
export const LESSON_FILES: readonly unknown[] = [
  syncThrottling,
  asyncThrottling,
  reservedVsProvisioned,
  coldStartsInit,
  scalingRate,
  retriesByInvocation,
  dlqVsDestinations,
  sqsScalingVisibility,
  reservedSqsPitfall,
  sqsFifoGroups,
  kinesisPoisonRecord,
  eventbridgeSchedules,
  recursiveLoops,
  costBilling,
];

function mustParse(file: unknown): Lesson {
  const result = parseLesson(file);
  if (!result.ok) throw new Error(`built-in lesson is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.lesson;
}

export const LESSONS: readonly Lesson[] = LESSON_FILES.map(mustParse);

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
