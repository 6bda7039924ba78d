import { z } from './zodConfig';
import { functionConfigSchema } from './functionConfig';
import { albConfigSchema, apiGatewayConfigSchema, clientConfigSchema, functionUrlConfigSchema } from './callerConfig';
import {
  dynamodbStreamConfigSchema,
  eventbridgeRuleConfigSchema,
  eventbridgeScheduleConfigSchema,
  kinesisConfigSchema,
  s3ConfigSchema,
  snsConfigSchema,
  sqsConfigSchema,
} from './sourceConfig';

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

/** Properties every JavaScript object has (Object.prototype), plus `prototype`: summaries list results by node id. */
const OBJECT_PROPERTY_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const;
/** The id the engine files account-wide metrics under (ACCOUNT_NODE_ID). */
const ACCOUNT_ID = 'account';

/** Ids a node cannot take: a result keyed by one would be lost or mixed with another. */
export const RESERVED_NODE_IDS: ReadonlySet<string> = new Set([...OBJECT_PROPERTY_NAMES, ACCOUNT_ID]);

const idSchema = z
  .string()
  .min(1, 'an id cannot be empty')
  // As long as a CloudFormation logical id, so an imported template keeps its names.
  .max(255)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'an id may hold only letters, digits and _ . : -')
  .superRefine((id, ctx) => {
    if (!RESERVED_NODE_IDS.has(id)) return;
    ctx.addIssue({
      code: 'custom',
      message:
        id === ACCOUNT_ID
          ? `"${id}" cannot be a node id: it names the account-wide metrics; choose another id`
          : `"${id}" cannot be a node id: every JavaScript object already has a property of that name, ` +
            'so results listed by node id would lose it; choose another id',
    });
  });

function nodeOf<K extends string, C extends z.ZodType>(kind: K, config: C) {
  return z.strictObject({
    id: idSchema,
    kind: z.literal(kind),
    position: positionSchema.default({ x: 0, y: 0 }),
    /** What the canvas shows; the id when empty. */
    label: z.string().max(80).optional(),
    config,
  });
}

// `config: {}` in a file means "all defaults"; each schema fills them in.
export const functionNodeSchema = nodeOf('function', functionConfigSchema.default(functionConfigSchema.parse({})));
export const albNodeSchema = nodeOf('alb', albConfigSchema.default(albConfigSchema.parse({})));
export const apiGatewayNodeSchema = nodeOf('apiGateway', apiGatewayConfigSchema.default(apiGatewayConfigSchema.parse({})));
export const functionUrlNodeSchema = nodeOf('functionUrl', functionUrlConfigSchema.default(functionUrlConfigSchema.parse({})));
export const clientNodeSchema = nodeOf('client', clientConfigSchema.default(clientConfigSchema.parse({})));
export const s3NodeSchema = nodeOf('s3', s3ConfigSchema.default(s3ConfigSchema.parse({})));
export const snsNodeSchema = nodeOf('sns', snsConfigSchema.default(snsConfigSchema.parse({})));
export const eventbridgeRuleNodeSchema = nodeOf(
  'eventbridgeRule',
  eventbridgeRuleConfigSchema.default(eventbridgeRuleConfigSchema.parse({})),
);
export const eventbridgeScheduleNodeSchema = nodeOf(
  'eventbridgeSchedule',
  eventbridgeScheduleConfigSchema.default(eventbridgeScheduleConfigSchema.parse({})),
);
export const sqsNodeSchema = nodeOf('sqs', sqsConfigSchema.default(sqsConfigSchema.parse({})));
export const kinesisNodeSchema = nodeOf('kinesis', kinesisConfigSchema.default(kinesisConfigSchema.parse({})));
export const dynamodbStreamNodeSchema = nodeOf(
  'dynamodbStream',
  dynamodbStreamConfigSchema.default(dynamodbStreamConfigSchema.parse({})),
);

export const nodeSchema = z.discriminatedUnion('kind', [
  functionNodeSchema,
  albNodeSchema,
  apiGatewayNodeSchema,
  functionUrlNodeSchema,
  clientNodeSchema,
  s3NodeSchema,
  snsNodeSchema,
  eventbridgeRuleNodeSchema,
  eventbridgeScheduleNodeSchema,
  sqsNodeSchema,
  kinesisNodeSchema,
  dynamodbStreamNodeSchema,
]);

export type ScenarioNode = z.infer<typeof nodeSchema>;
export type NodeKind = ScenarioNode['kind'];
export type NodeOfKind<K extends NodeKind> = Extract<ScenarioNode, { kind: K }>;
export type ConfigOfKind<K extends NodeKind> = NodeOfKind<K>['config'];
export type FunctionNode = NodeOfKind<'function'>;

export const NODE_KINDS = [
  'function',
  'alb',
  'apiGateway',
  'functionUrl',
  'client',
  's3',
  'sns',
  'eventbridgeRule',
  'eventbridgeSchedule',
  'sqs',
  'kinesis',
  'dynamodbStream',
] as const satisfies readonly NodeKind[];

/** The schema of each kind's `config`, for forms and for patches during a run. */
export const CONFIG_SCHEMAS = {
  function: functionConfigSchema,
  alb: albConfigSchema,
  apiGateway: apiGatewayConfigSchema,
  functionUrl: functionUrlConfigSchema,
  client: clientConfigSchema,
  s3: s3ConfigSchema,
  sns: snsConfigSchema,
  eventbridgeRule: eventbridgeRuleConfigSchema,
  eventbridgeSchedule: eventbridgeScheduleConfigSchema,
  sqs: sqsConfigSchema,
  kinesis: kinesisConfigSchema,
  dynamodbStream: dynamodbStreamConfigSchema,
} as const satisfies Record<NodeKind, z.ZodType>;

/** Kinds whose requests wait for the function's answer (§4). */
export const SYNC_CALLER_KINDS = ['alb', 'apiGateway', 'functionUrl', 'client'] as const;
/** Kinds that invoke asynchronously (§7). A `client` is async when its invocationType says so. */
export const ASYNC_SOURCE_KINDS = ['s3', 'sns', 'eventbridgeRule', 'eventbridgeSchedule'] as const;
/** Kinds read by an event source mapping (§6). */
export const POLLED_SOURCE_KINDS = ['sqs', 'kinesis', 'dynamodbStream'] as const;
