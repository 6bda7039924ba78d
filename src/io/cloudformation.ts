/**
 * Maps a SAM or CloudFormation template onto a scenario: functions, queues,
 * topics, buckets, streams, rules and schedules become nodes; event sources,
 * mappings, dead-letter queues, destinations and redrive policies become
 * edges. A template has no traffic, so each source that triggers a function
 * starts at 1 event a second; the notes say so, and what was left out.
 */
import { RUNTIMES, type EdgeKind, type NodeKind, type Runtime } from '../model';
import { referencedId, type Template } from './cfnYaml';
import { layoutLeftToRight } from './layout';

type Json = Record<string, unknown>;
interface DraftNode { id: string; kind: NodeKind; config: Json; label?: string }
interface DraftEdge { source: string; target: string; kind: EdgeKind; config: Json }

export interface TemplateImport {
  /** Scenario JSON, still to be validated by parseScenario. */
  scenario: Json;
  notes: string[];
}

/** Resource types that add nothing to the simulation (permissions, roles, logs); skipped without a note. */
const SILENT_TYPES = /^AWS::(IAM|Logs|Lambda::Permission|Lambda::Version|Lambda::Alias|Lambda::LayerVersion|ApiGateway::(Deployment|Stage|Method|Resource)|SQS::QueuePolicy|SNS::TopicPolicy|S3::BucketPolicy|CloudWatch)/;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const defined = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function runtimeOf(value: unknown, snapStart: boolean): Runtime | undefined {
  if (typeof value !== 'string') return undefined;
  const family = (RUNTIMES as readonly string[]).find((r) => value.startsWith(r));
  if (value.startsWith('provided')) return 'go';
  if (family === 'java' && snapStart) return 'java-snapstart';
  return family as Runtime | undefined;
}

export function templateToScenario(template: Template, fileName: string): TemplateImport {
  const resources = template.Resources;
  const nodes = new Map<string, DraftNode>();
  const edges: DraftEdge[] = [];
  const notes: string[] = [];
  const skipped = new Set<string>();
  const globals = obj(obj(template.Globals).Function);
  const ref = (value: unknown) => referencedId(value, resources);
  const addNode = (id: string, kind: NodeKind, config: Json = {}, label?: string) => {
    if (!nodes.has(id)) nodes.set(id, defined({ id, kind, config, label }) as unknown as DraftNode);
    return nodes.get(id)!;
  };
  const link = (source: string | null, target: string | null, kind: EdgeKind, config: Json = {}) => {
    if (source && target) edges.push({ source, target, kind, config: defined(config) });
  };

  // First pass: every resource that is a node of its own.
  for (const [id, resource] of Object.entries(resources)) {
    const p = obj(resource.Properties);
    switch (resource.Type) {
      case 'AWS::Serverless::Function':
      case 'AWS::Lambda::Function':
        addNode(id, 'function', functionConfig({ ...globals, ...p }, resource.Type === 'AWS::Lambda::Function'));
        break;
      case 'AWS::SQS::Queue':
        addNode(id, 'sqs', defined({ fifo: p.FifoQueue === true || undefined, visibilityTimeoutSeconds: num(p.VisibilityTimeout) }));
        break;
      case 'AWS::SNS::Topic':
        addNode(id, 'sns');
        break;
      case 'AWS::S3::Bucket':
        addNode(id, 's3');
        break;
      case 'AWS::Kinesis::Stream':
        addNode(id, 'kinesis', defined({ shards: num(p.ShardCount), retentionHours: num(p.RetentionPeriodHours) }));
        break;
      case 'AWS::DynamoDB::Table':
        if (p.StreamSpecification) addNode(id, 'dynamodbStream');
        break;
      case 'AWS::Events::Rule':
        if (typeof p.ScheduleExpression === 'string') addNode(id, 'eventbridgeSchedule', { expression: p.ScheduleExpression });
        else addNode(id, 'eventbridgeRule');
        break;
      case 'AWS::Scheduler::Schedule':
        if (typeof p.ScheduleExpression === 'string') addNode(id, 'eventbridgeSchedule', { expression: p.ScheduleExpression });
        break;
      case 'AWS::Serverless::Api':
      case 'AWS::Serverless::HttpApi':
      case 'AWS::ApiGateway::RestApi':
      case 'AWS::ApiGatewayV2::Api':
        addNode(id, 'apiGateway');
        break;
      case 'AWS::ElasticLoadBalancingV2::TargetGroup':
        if (p.TargetType === 'lambda') addNode(id, 'alb');
        break;
      default:
        if (!SILENT_TYPES.test(resource.Type) && !resource.Type.startsWith('AWS::Lambda::')) skipped.add(resource.Type);
    }
  }

  // Second pass: links, now that every end exists.
  for (const [id, resource] of Object.entries(resources)) {
    const p = obj(resource.Properties);
    switch (resource.Type) {
      case 'AWS::Serverless::Function':
      case 'AWS::Lambda::Function': {
        const merged = { ...globals, ...p };
        link(id, ref(obj(merged.DeadLetterQueue).TargetArn ?? obj(merged.DeadLetterConfig).TargetArn), 'deadLetter');
        destinations(id, obj(merged.EventInvokeConfig));
        if (merged.FunctionUrlConfig) link(addNode(`${id}Url`, 'functionUrl').id, id, 'trigger');
        for (const [eventName, event] of Object.entries(obj(p.Events))) samEvent(id, eventName, obj(event));
        break;
      }
      case 'AWS::SQS::Queue': {
        const redrive = typeof p.RedrivePolicy === 'string' ? safeJson(p.RedrivePolicy) : obj(p.RedrivePolicy);
        const dlq = ref(redrive.deadLetterTargetArn);
        if (dlq) {
          nodes.get(id)!.config.maxReceiveCount = num(Number(redrive.maxReceiveCount)) ?? 5;
          link(id, dlq, 'deadLetter');
        }
        break;
      }
      case 'AWS::Lambda::EventSourceMapping':
        link(ref(p.EventSourceArn), ref(p.FunctionName), 'trigger', mappingConfig(p));
        link(ref(p.EventSourceArn), ref(obj(obj(p.DestinationConfig).OnFailure).Destination), 'onFailure');
        break;
      case 'AWS::Lambda::EventInvokeConfig': {
        const fn = ref(p.FunctionName);
        if (fn) destinations(fn, p);
        break;
      }
      case 'AWS::Lambda::Url':
        link(addNode(id, 'functionUrl').id, ref(p.TargetFunctionArn), 'trigger');
        break;
      case 'AWS::Events::Rule':
        for (const target of Array.isArray(p.Targets) ? p.Targets : []) link(id, ref(obj(target).Arn), 'trigger');
        break;
      case 'AWS::Scheduler::Schedule':
        link(id, ref(obj(p.Target).Arn), 'trigger');
        break;
      case 'AWS::ElasticLoadBalancingV2::TargetGroup':
        for (const target of Array.isArray(p.Targets) ? p.Targets : []) link(id, ref(obj(target).Id), 'trigger');
        break;
    }
  }

  function destinations(fn: string, config: Json) {
    const node = nodes.get(fn);
    if (!node) return;
    const asyncConfig = defined({ maximumRetryAttempts: num(config.MaximumRetryAttempts), maximumEventAgeSeconds: num(config.MaximumEventAgeInSeconds) });
    if (Object.keys(asyncConfig).length > 0) node.config.async = { ...obj(node.config.async), ...asyncConfig };
    const destination = obj(config.DestinationConfig);
    link(fn, ref(obj(destination.OnSuccess).Destination), 'onSuccess');
    link(fn, ref(obj(destination.OnFailure).Destination), 'onFailure');
  }

  function samEvent(fn: string, eventName: string, event: Json) {
    const p = obj(event.Properties);
    switch (event.Type) {
      case 'Api':
      case 'HttpApi': {
        const api = ref(p.RestApiId ?? p.ApiId) ?? addNode(event.Type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi', 'apiGateway').id;
        if (!edges.some((e) => e.source === api && e.target === fn)) link(api, fn, 'trigger');
        return;
      }
      case 'S3':
      case 'SNS':
        link(ref(event.Type === 'S3' ? p.Bucket : p.Topic), fn, 'trigger');
        return;
      case 'SQS':
      case 'Kinesis':
      case 'DynamoDB': {
        const source = ref(event.Type === 'SQS' ? p.Queue : p.Stream);
        link(source, fn, 'trigger', mappingConfig(p));
        link(source, ref(obj(obj(p.DestinationConfig).OnFailure).Destination), 'onFailure');
        return;
      }
      case 'Schedule':
      case 'ScheduleV2':
        if (typeof p.Schedule === 'string' || typeof p.ScheduleExpression === 'string')
          link(addNode(`${fn}${eventName}`, 'eventbridgeSchedule', { expression: p.Schedule ?? p.ScheduleExpression }).id, fn, 'trigger');
        return;
      case 'EventBridgeRule':
      case 'CloudWatchEvent':
        link(addNode(`${fn}${eventName}`, 'eventbridgeRule').id, fn, 'trigger');
        return;
      default:
        notes.push(`Event ${eventName} of ${fn} (type ${String(event.Type)}) is not simulated and was left out.`);
    }
  }

  // A template carries no load: start every triggering source at 1 event a second so Play shows something.
  const TRAFFIC_KINDS: ReadonlySet<NodeKind> = new Set(['s3', 'sns', 'eventbridgeRule', 'sqs', 'kinesis', 'dynamodbStream']);
  const triggering = new Set(edges.filter((e) => e.kind === 'trigger').map((e) => e.source));
  for (const node of nodes.values())
    if (TRAFFIC_KINDS.has(node.kind) && triggering.has(node.id)) node.config.traffic = { pattern: 'poisson', ratePerSecond: 1 };

  const unique = edges.filter((e, i) => edges.findIndex((f) => f.source === e.source && f.target === e.target && f.kind === e.kind) === i);
  const positions = layoutLeftToRight([...nodes.keys()], unique);
  if (skipped.size > 0) notes.push(`Not simulated, left out: ${[...skipped].sort().join(', ')}.`);
  notes.push('A template has no traffic: each source starts at 1 event a second. Set the rates in the inspector.');
  return {
    scenario: {
      schemaVersion: 1,
      name: typeof template.Description === 'string' && template.Description.trim() ? template.Description.trim().slice(0, 120) : fileName,
      description: `Imported from ${fileName}.`,
      nodes: [...nodes.values()].map((n) => ({ ...n, position: positions.get(n.id) })),
      edges: unique.map((e, i) => ({ id: `e${i + 1}`, ...e })),
    },
    notes,
  };
}

function functionConfig(p: Json, plainLambda: boolean): Json {
  const snapStart = obj(p.SnapStart).ApplyOn === 'PublishedVersions';
  const architectures = Array.isArray(p.Architectures) ? p.Architectures : [];
  return defined({
    memoryMB: num(p.MemorySize),
    timeoutSeconds: num(p.Timeout),
    runtime: runtimeOf(p.Runtime, snapStart),
    architecture: architectures.includes('arm64') ? 'arm64' : undefined,
    reservedConcurrency: num(p.ReservedConcurrentExecutions),
    provisionedConcurrency: plainLambda ? undefined : num(obj(p.ProvisionedConcurrencyConfig).ProvisionedConcurrentExecutions),
    ephemeralStorageMB: num(obj(p.EphemeralStorage).Size),
  });
}

function mappingConfig(p: Json): Json {
  const responseTypes = Array.isArray(p.FunctionResponseTypes) ? p.FunctionResponseTypes : [];
  return {
    batchSize: num(p.BatchSize),
    maximumBatchingWindowSeconds: num(p.MaximumBatchingWindowInSeconds),
    maximumConcurrency: num(obj(p.ScalingConfig).MaximumConcurrency),
    parallelizationFactor: num(p.ParallelizationFactor),
    bisectBatchOnFunctionError: typeof p.BisectBatchOnFunctionError === 'boolean' ? p.BisectBatchOnFunctionError : undefined,
    maximumRetryAttempts: num(p.MaximumRetryAttempts),
    maximumRecordAgeSeconds: num(p.MaximumRecordAgeInSeconds),
    reportBatchItemFailures: responseTypes.includes('ReportBatchItemFailures') || undefined,
    startingPosition: p.StartingPosition === 'TRIM_HORIZON' || p.StartingPosition === 'LATEST' ? p.StartingPosition : undefined,
  };
}

function safeJson(text: string): Json {
  try {
    return obj(JSON.parse(text));
  } catch {
    return {};
  }
}
