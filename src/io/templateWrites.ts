/**
 * What a function of a template writes to: SAM connectors, SAM policy
 * templates, IAM statements (inline, on its role, or in a policy attached to
 * the role) and environment variables that name a resource of the template.
 * Each inferred link says where it came from.
 */
import type { Template } from './cfnYaml';
import { referencedIds } from './templateRefs';

export interface InferredWrite {
  source: string;
  target: string;
  origin: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** SAM policy templates that let a function send to a resource, and the argument that names it. */
const WRITE_POLICY_TEMPLATES: Readonly<Record<string, string>> = {
  SQSSendMessagePolicy: 'QueueName',
  SNSPublishMessagePolicy: 'TopicName',
  SNSCrudPolicy: 'TopicName',
  S3CrudPolicy: 'BucketName',
  S3WritePolicy: 'BucketName',
  S3FullAccessPolicy: 'BucketName',
  KinesisCrudPolicy: 'StreamName',
  LambdaInvokePolicy: 'FunctionName',
  EventBridgePutEventsPolicy: 'EventBusName',
  DynamoDBCrudPolicy: 'TableName',
  DynamoDBWritePolicy: 'TableName',
};

/** IAM actions that write to, publish to or invoke a resource. */
const WRITE_ACTION = /^(\*|sqs:(\*|SendMessage\w*)|sns:(\*|Publish\w*)|s3:(\*|PutObject\w*)|kinesis:(\*|PutRecords?)|lambda:(\*|InvokeFunction\w*|Invoke\w*)|events:(\*|PutEvents)|dynamodb:(\*|PutItem|UpdateItem|BatchWriteItem|DeleteItem))$/i;

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);

export function inferWrites(template: Template, ref: (value: unknown) => string | null): InferredWrite[] {
  const resources = template.Resources;
  const found: InferredWrite[] = [];
  const add = (source: string, target: string | null, origin: string) => {
    if (!target || target === source || !(target in resources)) return;
    // Events sent to a bus reach the rules on that bus.
    if (resources[target].Type === 'AWS::Events::EventBus') {
      for (const [id, r] of Object.entries(resources))
        if (r.Type === 'AWS::Events::Rule' && ref(r.Properties?.EventBusName) === target) add(source, id, origin);
      return;
    }
    if (!found.some((w) => w.source === source && w.target === target)) found.push({ source, target, origin });
  };
  const statements = (fn: string, document: unknown, where: string) => {
    for (const statement of list(obj(document).Statement)) {
      const s = obj(statement);
      if (s.Effect !== undefined && s.Effect !== 'Allow') continue;
      if (!list(s.Action).some((a) => typeof a === 'string' && WRITE_ACTION.test(a))) continue;
      for (const target of referencedIds(s.Resource, resources)) add(fn, ref({ Ref: target }), `an IAM statement in ${where}`);
    }
  };
  const rolePolicies = (fn: string, role: string) => {
    for (const policy of list(resources[role]?.Properties?.Policies)) statements(fn, obj(policy).PolicyDocument, `role ${role}`);
    for (const [id, r] of Object.entries(resources))
      if ((r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') && list(r.Properties?.Roles).some((x) => ref(x) === role))
        statements(fn, r.Properties?.PolicyDocument, `policy ${id}`);
  };

  for (const [fn, resource] of Object.entries(resources)) {
    if (!FUNCTION_TYPES.has(resource.Type)) continue;
    const p = obj(resource.Properties);
    for (const policy of list(p.Policies)) {
      const o = obj(policy);
      for (const [name, argName] of Object.entries(WRITE_POLICY_TEMPLATES))
        if (name in o) add(fn, ref(obj(o[name])[argName]), `the ${name} policy`);
      if ('Statement' in o) statements(fn, o, `the Policies of ${fn}`);
    }
    const role = ref(p.Role);
    if (role && resources[role]?.Type === 'AWS::IAM::Role') rolePolicies(fn, role);
    for (const [name, value] of Object.entries(obj(obj(p.Environment).Variables))) {
      const target = ref(value);
      if (target && WRITABLE_TYPES.has(resources[target]?.Type ?? '')) add(fn, target, `the environment variable ${name}`);
    }
  }

  // SAM connectors, as resources and embedded in their source.
  const connector = (source: string | null, properties: Json, where: string) => {
    if (!source || !FUNCTION_TYPES.has(resources[source]?.Type ?? '')) return;
    if (!list(properties.Permissions).includes('Write')) return;
    for (const destination of list(properties.Destination)) add(source, ref(obj(destination).Id ?? obj(destination).Arn), where);
  };
  for (const [id, resource] of Object.entries(resources)) {
    if (resource.Type === 'AWS::Serverless::Connector') {
      const source = obj(resource.Properties?.Source);
      connector(ref(source.Id ?? source.Arn), obj(resource.Properties), `connector ${id}`);
    }
    for (const [name, embedded] of Object.entries(obj((resource as Json).Connectors)))
      connector(id, obj(obj(embedded).Properties), `connector ${name} of ${id}`);
  }
  return found;
}

const WRITABLE_TYPES = new Set([
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::S3::Bucket',
  'AWS::Kinesis::Stream',
  'AWS::DynamoDB::Table',
  'AWS::Events::EventBus',
  'AWS::Serverless::Function',
  'AWS::Lambda::Function',
]);
