/** Hand-counted templates: links that cannot be made, inferred writes, plain CloudFormation wiring and lenient reading. */
import { describe, expect, it } from 'vitest';
import { openTemplateText } from './templateImport';

function open(text: string) {
  const result = openTemplateText(text, 't.yaml');
  if (!result.ok) throw new Error(result.message);
  const edges = result.scenario.edges.map((e) => `${e.source}-${e.kind}->${e.target}`).sort();
  return { scenario: result.scenario, edges, notes: result.notes ?? [] };
}
const fn = (id: string, extra = '') => `  ${id}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: a.b\n${extra}`;

describe('a link that cannot be made', () => {
  it('a rule targeting a state machine is left out with a note; the rest opens', () => {
    const { edges, notes } = open(`Resources:
${fn('Fn')}  Flow:
    Type: AWS::StepFunctions::StateMachine
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: {source: [x]}
      Targets:
        - {Arn: !Ref Flow, Id: a}
        - {Arn: !GetAtt Fn.Arn, Id: b}
`);
    expect(edges).toEqual(['Rule-trigger->Fn']);
    expect(notes.join('\n')).toMatch(/Rule → Flow .*left out: Flow \(AWS::StepFunctions::StateMachine\) is not simulated/);
  });
  it('an EventBridge rule may target a queue and a topic', () => {
    const { edges } = open(`Resources:
  Q: {Type: AWS::SQS::Queue}
  T: {Type: AWS::SNS::Topic}
  Rule:
    Type: AWS::Events::Rule
    Properties:
      Targets: [{Arn: !GetAtt Q.Arn, Id: q}, {Arn: !Ref T, Id: t}]
`);
    expect(edges).toEqual(['Rule-trigger->Q', 'Rule-trigger->T']);
  });
  it('a mapping to an alias is a trigger of its function', () => {
    const { edges } = open(`Resources:
  Q: {Type: AWS::SQS::Queue}
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x, MemorySize: "700", Timeout: "30"}}
  Live: {Type: AWS::Lambda::Alias, Properties: {FunctionName: !Ref F, Name: live}}
  M: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Q.Arn, FunctionName: !Ref Live, BatchSize: "5"}}
`);
    expect(edges).toEqual(['Q-trigger->F']);
  });
});

describe('what a function writes to', () => {
  it('comes from policy templates, IAM statements, environment variables and connectors, each named in a note', () => {
    const { edges, notes } = open(`Resources:
  Q: {Type: AWS::SQS::Queue}
  T: {Type: AWS::SNS::Topic}
  B: {Type: AWS::S3::Bucket}
  S: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}
  In: {Type: AWS::SQS::Queue}
${fn('A', `      Policies:
        - SQSSendMessagePolicy: {QueueName: !GetAtt Q.QueueName}
        - Statement: [{Effect: Allow, Action: sns:Publish, Resource: !Ref T}]
      Environment:
        Variables: {BUCKET: !Ref B, IN_URL: !Ref In}
      Events:
        Poll: {Type: SQS, Properties: {Queue: !GetAtt In.Arn}}
`)}  Link:
    Type: AWS::Serverless::Connector
    Properties:
      Source: {Id: A}
      Destination: {Id: S}
      Permissions: [Write]
`);
    // The queue A consumes is read, not written, though A names it in its environment.
    expect(edges).toEqual(['A-writes->B', 'A-writes->Q', 'A-writes->S', 'A-writes->T', 'In-trigger->A']);
    const note = notes.find((n) => n.startsWith('Inferred writes'))!;
    expect(note).toContain('A → Q (the SQSSendMessagePolicy policy)');
    expect(note).toContain('A → B (the environment variable BUCKET)');
    expect(note).toContain('A → S (connector Link)');
  });
  it('comes from the statements of a plain function role', () => {
    const { edges } = open(`Resources:
  Q: {Type: AWS::SQS::Queue}
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: [sqs:SendMessage], Resource: !GetAtt Q.Arn}]}}]
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: java21, Role: !GetAtt Role.Arn}}
`);
    expect(edges).toEqual(['F-writes->Q']);
  });
});

describe('plain CloudFormation wiring', () => {
  it('subscriptions, bucket notifications, API Gateway methods and V2 integrations become triggers', () => {
    const { edges } = open(`Resources:
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x}}
  G: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x}}
  T: {Type: AWS::SNS::Topic, Properties: {Subscription: [{Protocol: lambda, Endpoint: !GetAtt G.Arn}]}}
  Sub: {Type: AWS::SNS::Subscription, Properties: {Protocol: lambda, TopicArn: !Ref T, Endpoint: !GetAtt F.Arn}}
  B: {Type: AWS::S3::Bucket, Properties: {NotificationConfiguration: {LambdaConfigurations: [{Event: "s3:ObjectCreated:*", Function: !GetAtt F.Arn}]}}}
  Rest: {Type: AWS::ApiGateway::RestApi}
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Rest
      Integration: {Type: AWS_PROXY, Uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${F.Arn}/invocations"}
  Http: {Type: AWS::ApiGatewayV2::Api}
  I: {Type: AWS::ApiGatewayV2::Integration, Properties: {ApiId: !Ref Http, IntegrationUri: !GetAtt G.Arn}}
`);
    expect(edges).toEqual(['B-trigger->F', 'Http-trigger->G', 'Rest-trigger->F', 'T-trigger->F', 'T-trigger->G']);
  });
  it('a permission links a source only when nothing else does, and says so', () => {
    const { edges, notes } = open(`Resources:
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x}}
  R: {Type: AWS::Events::Rule, Properties: {EventPattern: {source: [x]}}}
  P: {Type: AWS::Lambda::Permission, Properties: {FunctionName: !Ref F, Action: lambda:InvokeFunction, Principal: events.amazonaws.com, SourceArn: !GetAtt R.Arn}}
`);
    expect(edges).toEqual(['R-trigger->F']);
    expect(notes.join('\n')).toContain('inferred from the permission P');
  });
});

describe('settings', () => {
  it('numbers written as strings are numbers; Globals reach SAM functions only', () => {
    const { scenario } = open(`Globals:
  Function: {MemorySize: 1024}
Resources:
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x, MemorySize: "700", Timeout: "30"}}
${fn('S')}`);
    const config = (id: string) => scenario.nodes.find((n) => n.id === id)!.config as { memoryMB: number; timeoutSeconds: number };
    expect(config('F').memoryMB).toBe(700);
    expect(config('F').timeoutSeconds).toBe(30);
    expect(config('S').memoryMB).toBe(1024);
  });
  it('a container image or an unmodelled runtime is said, not silently Node.js', () => {
    const { notes } = open(`Resources:
  I: {Type: AWS::Serverless::Function, Properties: {PackageType: Image, ImageUri: x}}
  R: {Type: AWS::Serverless::Function, Properties: {Runtime: ruby3.3, Handler: a.b}}
`);
    expect(notes.join('\n')).toMatch(/I is a container image/);
    expect(notes.join('\n')).toMatch(/R runs ruby3\.3, which the playground does not model/);
  });
});

describe('lenient reading, like SAM CLI', () => {
  it('a key given twice opens with a warning naming the line, and the last value wins', () => {
    const { scenario, notes } = open(`Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      MemorySize: 256
      MemorySize: 512
`);
    expect((scenario.nodes[0].config as { memoryMB: number }).memoryMB).toBe(512);
    expect(notes[0]).toMatch(/a key appears twice .* at line 7/);
  });
  it('merge keys expand', () => {
    const { scenario } = open(`Base: &base {Runtime: python3.12, MemorySize: 2048}
Resources:
  F:
    Type: AWS::Lambda::Function
    Properties:
      <<: *base
      Timeout: 9
`);
    expect(scenario.nodes[0].config).toMatchObject({ memoryMB: 2048, timeoutSeconds: 9, runtime: 'python' });
  });
  it('a null resource and one with no Type are left out with a note', () => {
    const { scenario, notes } = open('Resources:\n  Empty:\n  NoType: {Properties: {}}\n  Q: {Type: AWS::SQS::Queue}\n');
    expect(scenario.nodes.map((n) => n.id)).toEqual(['Q']);
    expect(notes).toContain('Resource Empty is empty (null or not a map) and was left out.');
    expect(notes).toContain('Resource NoType has no Type and was left out.');
  });
  it('Resources as a list gets a clear message', () => {
    const result = openTemplateText('Resources:\n  - Type: AWS::SQS::Queue\n', 't.yaml');
    expect(!result.ok && result.message).toMatch(/"Resources" is a list; CloudFormation needs a map/);
  });
});

describe('parameters and conditions', () => {
  const text = `Parameters:
  Memory: {Type: Number, Default: "512"}
  Stage: {Type: String, Default: dev}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
Resources:
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x, MemorySize: !Ref Memory, Timeout: !If [IsProd, 60, 10]}}
  ProdQueue: {Type: AWS::SQS::Queue, Condition: IsProd}
  DevQueue: {Type: AWS::SQS::Queue, Condition: NotProd}
`;
  it('defaults apply, conditions decide !If and which resources exist', () => {
    const result = openTemplateText(text, 't.yaml');
    if (!result.ok) throw new Error(result.message);
    expect(result.scenario.nodes.map((n) => n.id).sort()).toEqual(['DevQueue', 'F']);
    expect(result.scenario.nodes.find((n) => n.id === 'F')!.config).toMatchObject({ memoryMB: 512, timeoutSeconds: 10 });
    expect(result.notes).toContain('ProdQueue was left out: its condition IsProd is false with these parameter values.');
  });
  it('values given on import override the defaults', () => {
    const result = openTemplateText(text, 't.yaml', { Stage: 'prod', Memory: 2048 });
    if (!result.ok) throw new Error(result.message);
    expect(result.scenario.nodes.map((n) => n.id).sort()).toEqual(['F', 'ProdQueue']);
    expect(result.scenario.nodes.find((n) => n.id === 'F')!.config).toMatchObject({ memoryMB: 2048, timeoutSeconds: 60 });
  });
});

describe('FindInMap, Join, Select and Sub of parameters', () => {
  const text = `Parameters:
  Stage: {Type: String, Default: prod}
Mappings:
  Sizes:
    prod: {Memory: 2048, Timeout: 30}
    dev: {Memory: 256, Timeout: 5}
Resources:
  F:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      FunctionName: !Join ['-', [orders, !Ref Stage]]
      MemorySize: !FindInMap [Sizes, !Ref Stage, Memory]
      Timeout: !Select [1, [3, !FindInMap [Sizes, !Ref Stage, Timeout], 900]]
      Description: !Sub 'orders in \${Stage}'
`;
  it('take the value their arguments give, with the default or the value given on import', () => {
    const prod = openTemplateText(text, 't.yaml');
    if (!prod.ok) throw new Error(prod.message);
    expect(prod.scenario.nodes.find((n) => n.id === 'F')!.config).toMatchObject({ memoryMB: 2048, timeoutSeconds: 30 });
    const dev = openTemplateText(text, 't.yaml', { Stage: 'dev' });
    if (!dev.ok) throw new Error(dev.message);
    expect(dev.scenario.nodes.find((n) => n.id === 'F')!.config).toMatchObject({ memoryMB: 256, timeoutSeconds: 5 });
  });
});

describe('mapping and alias settings', () => {
  it('a disabled mapping is left out with a note; provisioned concurrency on an alias reaches its function; retention is carried', () => {
    const { scenario, edges, notes } = open(`Resources:
  Q: {Type: AWS::SQS::Queue, Properties: {MessageRetentionPeriod: 1209600, VisibilityTimeout: 120}}
  R: {Type: AWS::SQS::Queue}
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x}}
  Live: {Type: AWS::Lambda::Alias, Properties: {FunctionName: !Ref F, Name: live, ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 7}}}
  On: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Q.Arn, FunctionName: !Ref Live, BatchSize: 3}}
  Off: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt R.Arn, FunctionName: !Ref F, Enabled: false}}
`);
    expect(edges).toEqual(['Q-trigger->F']);
    expect(scenario.edges[0].config).toMatchObject({ batchSize: 3 });
    expect(scenario.nodes.find((n) => n.id === 'F')!.config).toMatchObject({ provisionedConcurrency: 7 });
    expect(scenario.nodes.find((n) => n.id === 'Q')!.config).toMatchObject({ messageRetentionSeconds: 1209600, visibilityTimeoutSeconds: 120 });
    expect(notes).toContain('The mapping Off is disabled (Enabled: false) and was left out.');
  });
});

describe('logical ids', () => {
  it('an id of 255 characters, CloudFormation\'s longest, is kept', () => {
    const id = `Q${'x'.repeat(254)}`;
    const { scenario } = open(`Resources:\n  ${id}: {Type: AWS::SQS::Queue}\n`);
    expect(scenario.nodes[0].id).toBe(id);
  });
});
