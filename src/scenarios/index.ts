import { CURRENT_SCHEMA_VERSION, parseScenario, type ParseResult, type Scenario } from '../model';
import accountPoolExhaustion from './account-pool-exhaustion.json';
import albReservedConcurrency from './alb-reserved-concurrency.json';
import apiGateway29sTimeout from './api-gateway-29s-timeout.json';
import asyncDlqVsDestination from './async-dlq-vs-destination.json';
import eventbridgeCronJob from './eventbridge-cron-job.json';
import kinesisPoisonRecord from './kinesis-poison-record.json';
import outOfMemoryColdStarts from './out-of-memory-cold-starts.json';
import provisionedConcurrencyColdStarts from './provisioned-concurrency-cold-starts.json';
import recursiveLoop from './recursive-loop.json';
import reservedConcurrencySqsPitfall from './reserved-concurrency-sqs-pitfall.json';
import s3ThumbnailPipeline from './s3-thumbnail-pipeline.json';
import scalingCurrentOperatorGuide from './scaling-current-operator-guide.json';
import scalingLegacyOperatorGuide from './scaling-legacy-operator-guide.json';
import sqsFifoMessageGroups from './sqs-fifo-message-groups.json';
import sqsStandardScaling from './sqs-standard-scaling.json';
import tenantIsolationColdStarts from './tenant-isolation-cold-starts.json';
import vpcWithoutNat from './vpc-without-nat.json';

/** One teaching preset as the scenario menu lists it; `raw` is the file as written, parsed on demand. */
export interface PresetEntry {
  /** The file name without `.json`, also what the command line is given. */
  id: string;
  title: string;
  topic: string;
  watch: string;
  question: string;
  description: string;
  raw: unknown;
}

interface PresetFile {
  name: string;
  description: string;
  teaching: { topic: string; watch: string; question: string };
}

function entry(id: string, file: PresetFile): PresetEntry {
  return {
    id,
    title: file.name,
    topic: file.teaching.topic,
    watch: file.teaching.watch,
    question: file.teaching.question,
    description: file.description,
    raw: file,
  };
}

/** In the order a course would meet them: sync concurrency, cold starts, async, queues, streams, schedules, limits. */
export const PRESETS: readonly PresetEntry[] = [
  entry('alb-reserved-concurrency', albReservedConcurrency),
  entry('account-pool-exhaustion', accountPoolExhaustion),
  entry('provisioned-concurrency-cold-starts', provisionedConcurrencyColdStarts),
  entry('scaling-legacy-operator-guide', scalingLegacyOperatorGuide),
  entry('scaling-current-operator-guide', scalingCurrentOperatorGuide),
  entry('api-gateway-29s-timeout', apiGateway29sTimeout),
  entry('out-of-memory-cold-starts', outOfMemoryColdStarts),
  entry('tenant-isolation-cold-starts', tenantIsolationColdStarts),
  entry('vpc-without-nat', vpcWithoutNat),
  entry('s3-thumbnail-pipeline', s3ThumbnailPipeline),
  entry('async-dlq-vs-destination', asyncDlqVsDestination),
  entry('sqs-standard-scaling', sqsStandardScaling),
  entry('reserved-concurrency-sqs-pitfall', reservedConcurrencySqsPitfall),
  entry('sqs-fifo-message-groups', sqsFifoMessageGroups),
  entry('kinesis-poison-record', kinesisPoisonRecord),
  entry('eventbridge-cron-job', eventbridgeCronJob),
  entry('recursive-loop', recursiveLoop),
];

export function findPreset(id: string): PresetEntry | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** Parses a preset (migrations and defaults applied); a preset that fails is reported, never thrown. */
export function loadPreset(preset: PresetEntry): ParseResult {
  return parseScenario(preset.raw);
}

function mustParse(raw: unknown, name: string): Scenario {
  const result = parseScenario(raw);
  if (!result.ok) throw new Error(`preset ${name} is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.scenario;
}

/** What a first visit opens: an ALB wired to one function with reserved concurrency. */
export const DEFAULT_SCENARIO: Scenario = mustParse(albReservedConcurrency, 'alb-reserved-concurrency');

/** "New" in the scenario menu: an empty canvas with every account default. */
export function emptyScenario(): Scenario {
  return mustParse({ schemaVersion: CURRENT_SCHEMA_VERSION, name: 'Untitled scenario', nodes: [], edges: [] }, 'empty');
}
