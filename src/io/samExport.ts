/**
 * A scenario as a minimal SAM template: functions with their settings and
 * event sources, queues, topics, buckets, streams, rules and schedules, with
 * writes as SAM connectors. Opening the template again gives the same nodes,
 * links and settings. Clients have no resource in a template and are left out
 * with a note.
 */
import { stringify } from 'yaml';
import type { Scenario } from '../model';

type Json = Record<string, unknown>;
export interface SamExport {
  text: string;
  notes: string[];
  /** The template as plain JSON (long-form intrinsics), for the write-back to take new resources from. */
  template: { Resources: Record<string, Json> } & Json;
}

const RUNTIME_IDS: Readonly<Record<string, string>> = {
  nodejs: 'nodejs22.x',
  python: 'python3.12',
  java: 'java21',
  'java-snapstart': 'java21',
  go: 'provided.al2023',
  rust: 'provided.al2023',
  dotnet: 'dotnet8',
};
const HANDLERS: Readonly<Record<string, string>> = { nodejs: 'index.handler', python: 'app.handler', java: 'example.Handler::handleRequest', 'java-snapstart': 'example.Handler::handleRequest', go: 'bootstrap', rust: 'bootstrap', dotnet: 'App::App.Function::Handler' };

const defined = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const ref = (id: string) => ({ Ref: id });

export function scenarioToSam(scenario: Scenario): SamExport {
  const notes: string[] = [];
  const resources: Record<string, Json> = {};
  const kindOf = new Map(scenario.nodes.map((n) => [n.id, n.kind]));
  const fnProps = new Map<string, Json>();
  const events = (fn: string) => ((fnProps.get(fn)!.Events ??= {}) as Json);
  const typeName = (id: string) => (kindOf.get(id) === 'sns' ? 'SNS' : 'SQS');

  for (const node of scenario.nodes) {
    const c = node.config as Json;
    switch (node.kind) {
      case 'function': {
        const runtime = String(c.runtime ?? 'nodejs');
        if (runtime === 'rust') notes.push(`${node.id} runs Rust: written as provided.al2023, which opens again as Go.`);
        const props = defined({
          Runtime: RUNTIME_IDS[runtime],
          Handler: HANDLERS[runtime],
          CodeUri: `src/${node.id}`,
          MemorySize: c.memoryMB,
          Timeout: c.timeoutSeconds,
          Architectures: c.architecture === 'arm64' ? ['arm64'] : undefined,
          ReservedConcurrentExecutions: c.reservedConcurrency ?? undefined,
          EphemeralStorage: c.ephemeralStorageMB ? { Size: c.ephemeralStorageMB } : undefined,
          SnapStart: runtime === 'java-snapstart' ? { ApplyOn: 'PublishedVersions' } : undefined,
          AutoPublishAlias: c.provisionedConcurrency ? 'live' : undefined,
          ProvisionedConcurrencyConfig: c.provisionedConcurrency ? { ProvisionedConcurrentExecutions: c.provisionedConcurrency } : undefined,
        });
        const async = (c.async ?? {}) as Json;
        props.EventInvokeConfig = defined({ MaximumRetryAttempts: async.maximumRetryAttempts, MaximumEventAgeInSeconds: async.maximumEventAgeSeconds, DestinationConfig: {} });
        fnProps.set(node.id, props);
        resources[node.id] = { Type: 'AWS::Serverless::Function', Properties: props };
        break;
      }
      case 'sqs':
        resources[node.id] = { Type: 'AWS::SQS::Queue', Properties: defined({ FifoQueue: c.fifo ? true : undefined, VisibilityTimeout: c.visibilityTimeoutSeconds, MessageRetentionPeriod: c.messageRetentionSeconds }) };
        break;
      case 'sns':
        resources[node.id] = { Type: 'AWS::SNS::Topic' };
        break;
      case 's3':
        resources[node.id] = { Type: 'AWS::S3::Bucket' };
        break;
      case 'kinesis':
        resources[node.id] = { Type: 'AWS::Kinesis::Stream', Properties: defined({ ShardCount: c.shards, RetentionPeriodHours: c.retentionHours }) };
        break;
      case 'dynamodbStream':
        resources[node.id] = {
          Type: 'AWS::DynamoDB::Table',
          Properties: { BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } },
        };
        break;
      case 'eventbridgeRule':
        resources[node.id] = { Type: 'AWS::Events::Rule', Properties: { EventPattern: { source: ['app'] }, Targets: [] } };
        break;
      case 'eventbridgeSchedule':
        resources[node.id] = { Type: 'AWS::Events::Rule', Properties: { ScheduleExpression: c.expression, Targets: [] } };
        break;
      case 'apiGateway':
        resources[node.id] = { Type: 'AWS::Serverless::Api', Properties: { StageName: 'prod' } };
        break;
      case 'functionUrl':
      case 'alb':
        break; // written with their link below
      default:
        notes.push(`${node.id} (${node.kind}) has no resource in a template and was left out.`);
    }
  }

  for (const edge of scenario.edges) {
    const from = kindOf.get(edge.source);
    const to = kindOf.get(edge.target);
    const c = edge.config as Json;
    const mapping = defined({ BatchSize: c.batchSize, MaximumBatchingWindowInSeconds: c.maximumBatchingWindowSeconds, ParallelizationFactor: c.parallelizationFactor, MaximumRetryAttempts: c.maximumRetryAttempts, MaximumRecordAgeInSeconds: c.maximumRecordAgeSeconds, BisectBatchOnFunctionError: c.bisectBatchOnFunctionError, FunctionResponseTypes: c.reportBatchItemFailures ? ['ReportBatchItemFailures'] : undefined, ScalingConfig: c.maximumConcurrency ? { MaximumConcurrency: c.maximumConcurrency } : undefined });
    const name = `${edge.source}Event`;
    if (edge.kind === 'trigger' && to === 'function') {
      switch (from) {
        case 'sqs':
          events(edge.target)[name] = { Type: 'SQS', Properties: { Queue: arn(edge.source), ...mapping } };
          break;
        case 'kinesis':
        case 'dynamodbStream':
          events(edge.target)[name] = { Type: from === 'kinesis' ? 'Kinesis' : 'DynamoDB', Properties: { Stream: from === 'kinesis' ? arn(edge.source) : { 'Fn::GetAtt': [edge.source, 'StreamArn'] }, StartingPosition: c.startingPosition ?? 'LATEST', ...mapping } };
          break;
        case 'sns':
          events(edge.target)[name] = { Type: 'SNS', Properties: { Topic: ref(edge.source) } };
          break;
        case 's3':
          events(edge.target)[name] = { Type: 'S3', Properties: { Bucket: ref(edge.source), Events: 's3:ObjectCreated:*' } };
          break;
        case 'apiGateway':
          events(edge.target)[name] = { Type: 'Api', Properties: { RestApiId: ref(edge.source), Path: `/${edge.target}`, Method: 'ANY' } };
          break;
        case 'eventbridgeRule':
        case 'eventbridgeSchedule':
          ((resources[edge.source].Properties as Json).Targets as Json[]).push({ Arn: arn(edge.target), Id: edge.target });
          break;
        case 'functionUrl':
          resources[edge.source] = { Type: 'AWS::Lambda::Url', Properties: { TargetFunctionArn: arn(edge.target), AuthType: 'NONE' } };
          break;
        case 'alb':
          resources[edge.source] = { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { TargetType: 'lambda', Targets: [{ Id: arn(edge.target) }] } };
          break;
        default:
          notes.push(`The trigger ${edge.source} → ${edge.target} has no form in a template and was left out.`);
      }
    } else if (edge.kind === 'trigger' && from === 'sns' && to === 'sqs') {
      resources[`${edge.source}To${edge.target}`] = { Type: 'AWS::SNS::Subscription', Properties: { Protocol: 'sqs', TopicArn: ref(edge.source), Endpoint: arn(edge.target) } };
    } else if (edge.kind === 'trigger' && from === 'eventbridgeRule') {
      ((resources[edge.source].Properties as Json).Targets as Json[]).push({ Arn: to === 'sns' ? ref(edge.target) : arn(edge.target), Id: edge.target });
    } else if (edge.kind === 'writes') {
      resources[`${edge.source}Writes${edge.target}`] = { Type: 'AWS::Serverless::Connector', Properties: { Source: { Id: edge.source }, Destination: { Id: edge.target }, Permissions: ['Write'] } };
    } else if (edge.kind === 'deadLetter' && from === 'function') {
      fnProps.get(edge.source)!.DeadLetterQueue = { Type: typeName(edge.target), TargetArn: to === 'sns' ? ref(edge.target) : arn(edge.target) };
    } else if (edge.kind === 'deadLetter' && from === 'sqs') {
      const source = scenario.nodes.find((n) => n.id === edge.source)!.config as Json;
      (resources[edge.source].Properties as Json).RedrivePolicy = { deadLetterTargetArn: arn(edge.target), maxReceiveCount: source.maxReceiveCount ?? 5 };
    } else if ((edge.kind === 'onSuccess' || edge.kind === 'onFailure') && from === 'function') {
      const config = fnProps.get(edge.source)!.EventInvokeConfig as Json;
      const type = to === 'function' ? 'Lambda' : to === 'eventbridgeRule' ? 'EventBridge' : to === 's3' ? 'S3Bucket' : typeName(edge.target);
      (config.DestinationConfig as Json)[edge.kind === 'onSuccess' ? 'OnSuccess' : 'OnFailure'] = { Type: type, Destination: to === 'sns' || to === 's3' ? ref(edge.target) : arn(edge.target) };
    } else if (edge.kind === 'onFailure') {
      const consumer = scenario.edges.find((e) => e.source === edge.source && e.kind === 'trigger' && kindOf.get(e.target) === 'function')?.target;
      const fnEvent = consumer ? (events(consumer)[`${edge.source}Event`] as Json | undefined) : undefined;
      if (fnEvent) (fnEvent.Properties as Json).DestinationConfig = { OnFailure: { Destination: arn(edge.target) } };
      else notes.push(`The on-failure link ${edge.source} → ${edge.target} was left out.`);
    }
  }

  for (const props of fnProps.values()) {
    const config = props.EventInvokeConfig as Json;
    if (Object.keys(config.DestinationConfig as Json).length === 0) delete config.DestinationConfig;
    if (Object.keys(config).length === 0) delete props.EventInvokeConfig;
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: scenario.name,
    Resources: resources,
  };
  return { text: stringify(template, { lineWidth: 0 }), notes, template };
}
