/**
 * Maps a SAM or CloudFormation template onto a scenario: functions, queues,
 * topics, buckets, streams, rules and schedules become nodes; event sources,
 * mappings, dead-letter queues, destinations and redrive policies become
 * edges. A template has no traffic, so each source that triggers a function
 * starts at 1 event a second; the notes say so, and what was left out.
 */
import { checkConnection, CURRENT_SCHEMA_VERSION, KIND_NAMES, RUNTIMES, type EdgeKind, type NodeKind, type Runtime } from '../model';
import { referencedId, type Template } from './cfnYaml';
import { inferWrites } from './templateWrites';
import { openApiTargets, referencedIds } from './templateRefs';
import { layoutLeftToRight } from './layout';

type Json = Record<string, unknown>;
interface DraftNode { id: string; kind: NodeKind; config: Json; label?: string }
interface DraftEdge { source: string; target: string; kind: EdgeKind; config: Json; /** Where the link comes from, for notes. */ origin?: string }

export interface TemplateImport {
  /** Scenario JSON, still to be validated by parseScenario. */
  scenario: Json;
  notes: string[];
}

/** Resource types that add nothing to the simulation (permissions, roles, logs); skipped without a note. */
const SILENT_TYPES = /^AWS::(IAM|Logs|Lambda::Permission|Lambda::Version|Lambda::Alias|Lambda::LayerVersion|ApiGateway::(Deployment|Stage|Method|Resource)|SQS::QueuePolicy|SNS::TopicPolicy|S3::BucketPolicy|CloudWatch)/;

/** A number, also when written as a string ("700"), as CloudFormation accepts. */
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
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
  const typeOf = (id: string | null) => (id ? resources[id]?.Type : undefined);
  const nodes = new Map<string, DraftNode>();
  const edges: DraftEdge[] = [];
  const notes: string[] = [];
  const skipped = new Map<string, string[]>();
  const globals = obj(obj(template.Globals).Function);
  const ref = (value: unknown): string | null => {
    const id = referencedId(value, resources);
    const type = typeOf(id);
    // An alias or a version stands for its function.
    if (id && (type === 'AWS::Lambda::Alias' || type === 'AWS::Lambda::Version')) return referencedId(resources[id].Properties?.FunctionName, resources) ?? id;
    return id;
  };
  const addNode = (id: string, kind: NodeKind, config: Json = {}, label?: string) => {
    if (!nodes.has(id)) nodes.set(id, defined({ id, kind, config, label }) as unknown as DraftNode);
    return nodes.get(id)!;
  };
  const link = (source: string | null, target: string | null, kind: EdgeKind, config: Json = {}, origin?: string) => {
    if (source && target) edges.push({ source, target, kind, config: defined(config), origin });
  };

  /** The functions an integration URI names (an alias stands for its function). */
  const functionsIn = (uri: unknown) =>
    referencedIds(uri, resources)
      .map((t) => ref({ Ref: t }))
      .filter((t): t is string => t !== null && nodes.get(t)?.kind === 'function');

  // First pass: every resource that is a node of its own.
  for (const [id, resource] of Object.entries(resources)) {
    const p = obj(resource.Properties);
    switch (resource.Type) {
      case 'AWS::Serverless::Function':
      case 'AWS::Lambda::Function':
        addNode(id, 'function', functionConfig(resource.Type === 'AWS::Serverless::Function' ? { ...globals, ...p } : p, resource.Type === 'AWS::Lambda::Function', notes, id));
        break;
      case 'AWS::SQS::Queue':
        addNode(id, 'sqs', defined({ fifo: p.FifoQueue === true || p.FifoQueue === 'true' || undefined, visibilityTimeoutSeconds: num(p.VisibilityTimeout), messageRetentionSeconds: num(p.MessageRetentionPeriod) }));
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
      case 'AWS::Serverless::SimpleTable':
      case 'AWS::Serverless::Connector':
        break;
      case 'AWS::ElasticLoadBalancingV2::TargetGroup':
        if (p.TargetType === 'lambda') addNode(id, 'alb');
        break;
      default:
        if (!SILENT_TYPES.test(resource.Type) && !resource.Type.startsWith('AWS::Lambda::')) skipped.set(resource.Type, [...(skipped.get(resource.Type) ?? []), id]);
    }
  }

  // Second pass: links, now that every end exists.
  for (const [id, resource] of Object.entries(resources)) {
    const p = obj(resource.Properties);
    switch (resource.Type) {
      case 'AWS::Serverless::Function':
      case 'AWS::Lambda::Function': {
        const merged = resource.Type === 'AWS::Serverless::Function' ? { ...globals, ...p } : p;
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
        if (mappingNotes(`mapping ${id}`, p)) break;
        link(ref(p.EventSourceArn), ref(p.FunctionName), 'trigger', mappingConfig(p));
        link(ref(p.EventSourceArn), ref(obj(obj(p.DestinationConfig).OnFailure).Destination), 'onFailure');
        break;
      case 'AWS::Lambda::EventInvokeConfig': {
        const fn = ref(p.FunctionName);
        if (fn) destinations(fn, p);
        break;
      }
      case 'AWS::Lambda::Alias': {
        // Provisioned concurrency is set on an alias; the diagram puts it on the function.
        const fn = ref(p.FunctionName);
        const provisioned = num(obj(p.ProvisionedConcurrencyConfig).ProvisionedConcurrentExecutions);
        if (fn && provisioned !== undefined && nodes.get(fn)?.kind === 'function') nodes.get(fn)!.config.provisionedConcurrency = provisioned;
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
      case 'AWS::SNS::Subscription':
        if (p.Protocol === 'lambda' || p.Protocol === 'sqs') link(ref(p.TopicArn), ref(p.Endpoint), 'trigger', {}, `subscription ${id}`);
        break;
      case 'AWS::SNS::Topic':
        for (const sub of Array.isArray(p.Subscription) ? p.Subscription : [])
          if (obj(sub).Protocol === 'lambda' || obj(sub).Protocol === 'sqs') link(id, ref(obj(sub).Endpoint), 'trigger', {}, `the subscription of topic ${id}`);
        break;
      case 'AWS::S3::Bucket': {
        const notification = obj(p.NotificationConfiguration);
        for (const c of Array.isArray(notification.LambdaConfigurations) ? notification.LambdaConfigurations : [])
          link(id, ref(obj(c).Function), 'trigger', {}, `the notification of bucket ${id}`);
        for (const c of Array.isArray(notification.TopicConfigurations) ? notification.TopicConfigurations : [])
          link(id, ref(obj(c).Topic), 'trigger', {}, `the notification of bucket ${id}`);
        for (const c of Array.isArray(notification.QueueConfigurations) ? notification.QueueConfigurations : [])
          link(id, ref(obj(c).Queue), 'trigger', {}, `the notification of bucket ${id}`);
        break;
      }
      case 'AWS::ApiGateway::Method': {
        const api = ref(p.RestApiId);
        for (const target of functionsIn(obj(p.Integration).Uri)) link(api, target, 'trigger', {}, `method ${id}`);
        break;
      }
      case 'AWS::ApiGatewayV2::Integration':
        for (const target of functionsIn(p.IntegrationUri)) link(ref(p.ApiId), target, 'trigger', {}, `integration ${id}`);
        break;
    }
    // OpenAPI bodies: every x-amazon-apigateway-integration whose uri names a function of the template.
    if (/^AWS::(Serverless::(Http)?Api|ApiGateway::RestApi|ApiGatewayV2::Api)$/.test(resource.Type))
      for (const target of openApiTargets(p.DefinitionBody ?? p.Body, resources).map((t) => ref({ Ref: t })).filter((t) => nodes.get(t ?? '')?.kind === 'function'))
        link(id, target, 'trigger', {}, `the OpenAPI body of ${id}`);
  }

  // Writes and destinations a function is allowed to make (connectors, policies, IAM, environment).
  // Only to a node of the diagram, and not back to what triggers the function (reading what it consumes is not writing).
  const inferred = inferWrites(template, ref).filter(
    (w) =>
      nodes.has(w.target) &&
      !edges.some((e) => (e.kind === 'trigger' && e.source === w.target && e.target === w.source) || (e.source === w.source && e.target === w.target)),
  );
  for (const w of inferred) link(w.source, w.target, 'writes', {}, w.origin);

  // A permission is a hint only: it links a source to a function when nothing else does.
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::Lambda::Permission') continue;
    const p = obj(resource.Properties);
    const fn = ref(p.FunctionName);
    const source = ref(p.SourceArn);
    if (!fn || !source || edges.some((e) => e.target === fn && e.source === source)) continue;
    const sourceKind = nodes.get(source)?.kind;
    if (sourceKind && sourceKind !== 'function' && sourceKind !== 'apiGateway') {
      link(source, fn, 'trigger', {}, `permission ${id}`);
      notes.push(`${source} → ${fn} was inferred from the permission ${id}; nothing else in the template links them.`);
    } else if (sourceKind === 'apiGateway' && !edges.some((e) => e.source === source && e.target === fn)) {
      link(source, fn, 'trigger', {}, `permission ${id}`);
      notes.push(`${source} → ${fn} was inferred from the permission ${id}; nothing else in the template links them.`);
    }
  }

  /** A disabled mapping is left out; a filter is said (the share of records that match is set in the inspector). True when left out. */
  function mappingNotes(what: string, p: Json): boolean {
    if (p.Enabled === false || p.Enabled === 'false') {
      notes.push(`The ${what} is disabled (Enabled: false) and was left out.`);
      return true;
    }
    if (p.FilterCriteria) notes.push(`The ${what} has FilterCriteria: every record is taken as matching; lower the traffic to the share that matches.`);
    return false;
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
        link(ref(p.Bucket), fn, 'trigger');
        if (p.Filter) notes.push(`Event ${eventName} of ${fn} filters object keys: set the share of writes that match on the bucket (filter match ratio).`);
        return;
      case 'SNS': {
        // SqsSubscription puts a queue between the topic and the function, as SAM does (a new one, or QueueArn).
        const sqs = p.SqsSubscription;
        if (sqs === true || (typeof sqs === 'object' && sqs !== null)) {
          const queue = ref(obj(sqs).QueueArn) ?? addNode(`${fn}${eventName}Queue`, 'sqs').id;
          link(ref(p.Topic), queue, 'trigger');
          link(queue, fn, 'trigger', mappingConfig(obj(sqs)));
        } else link(ref(p.Topic), fn, 'trigger');
        return;
      }
      case 'SQS':
      case 'Kinesis':
      case 'DynamoDB': {
        const source = ref(event.Type === 'SQS' ? p.Queue : p.Stream);
        if (mappingNotes(`event ${eventName} of ${fn}`, p)) return;
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

  // A link that cannot be made is left out with a note; it never rejects the template.
  const kept: DraftEdge[] = [];
  for (const e of edges) {
    if (kept.some((f) => f.source === e.source && f.target === e.target && f.kind === e.kind)) continue;
    const from = nodes.get(e.source);
    const to = nodes.get(e.target);
    const what = `The ${e.kind} link ${e.source} → ${e.target}${e.origin ? ` (from ${e.origin})` : ''}`;
    const missing = !from ? e.source : !to ? e.target : null;
    if (missing) {
      const type = typeOf(missing);
      notes.push(`${what} was left out: ${missing}${type ? ` (${type})` : ''} is not simulated.`);
      continue;
    }
    const check = checkConnection({ sourceKind: from!.kind, targetKind: to!.kind, sourceFifo: from!.config.fifo === true, targetFifo: to!.config.fifo === true }, e.kind);
    if (!check.ok) {
      notes.push(`${what} was left out: ${check.reason} (${KIND_NAMES[from!.kind]} to ${KIND_NAMES[to!.kind]}).`);
      continue;
    }
    kept.push(e);
  }
  if (inferred.length > 0) {
    const made = inferred.filter((w) => kept.some((e) => e.kind === 'writes' && e.source === w.source && e.target === w.target));
    if (made.length > 0) notes.push(`Inferred writes: ${made.map((w) => `${w.source} → ${w.target} (${w.origin})`).join('; ')}.`);
  }
  const unique = kept.map(({ origin: _origin, ...e }) => e);
  // A template carries no load: start every triggering source at 1 event a second so Play shows something.
  const TRAFFIC_KINDS: ReadonlySet<NodeKind> = new Set(['s3', 'sns', 'eventbridgeRule', 'sqs', 'kinesis', 'dynamodbStream']);
  const triggering = new Set(unique.filter((e) => e.kind === 'trigger').map((e) => e.source));
  for (const node of nodes.values())
    if (TRAFFIC_KINDS.has(node.kind) && triggering.has(node.id)) node.config.traffic = { pattern: 'poisson', ratePerSecond: 1 };

  const positions = layoutLeftToRight([...nodes.keys()], unique);
  if (skipped.size > 0) {
    const byType = [...skipped].sort(([a], [b]) => a.localeCompare(b)).map(([type, ids]) => `${type} (${ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ')})`);
    notes.push(`Not simulated, left out: ${byType.join(', ')}.`);
  }
  notes.push('A template has no traffic: each source starts at 1 event a second. Set the rates in the inspector.');
  return {
    scenario: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      name: typeof template.Description === 'string' && template.Description.trim() ? template.Description.trim().slice(0, 120) : fileName,
      description: `Imported from ${fileName}.`,
      nodes: [...nodes.values()].map((n) => ({ ...n, position: positions.get(n.id) })),
      edges: unique.map((e, i) => ({ id: `e${i + 1}`, ...e })),
    },
    notes,
  };
}

function functionConfig(p: Json, plainLambda: boolean, notes: string[], id: string): Json {
  const snapStart = obj(p.SnapStart).ApplyOn === 'PublishedVersions';
  const architectures = Array.isArray(p.Architectures) ? p.Architectures : [];
  let runtime = runtimeOf(p.Runtime, snapStart);
  if (p.PackageType === 'Image') {
    runtime = undefined;
    notes.push(`${id} is a container image: its runtime is not in the template, so it is simulated as Node.js; set the runtime in the inspector.`);
  } else if (typeof p.Runtime === 'string' && !runtime) {
    notes.push(`${id} runs ${p.Runtime}, which the playground does not model; it is simulated as Node.js.`);
  } else if (typeof p.Runtime === 'string' && p.Runtime.startsWith('provided')) {
    notes.push(`${id} runs ${p.Runtime} (a custom runtime); it is simulated with Go's start-up time.`);
  }
  return defined({
    memoryMB: num(p.MemorySize),
    timeoutSeconds: num(p.Timeout),
    runtime,
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
