/**
 * EventBridge schedule expressions (lambda-model.md §7, Part 1). The parser lives
 * in src/model/schedule.ts, so the scenario schema refuses exactly what the engine
 * cannot fire; the node adds the jitter within the minute.
 */
export {
  nextCronMinute,
  parseCron,
  parseSchedule,
  scheduledMinutes,
  type CronFields,
  type ParseScheduleResult,
  type Schedule,
} from '../../model/schedule';
