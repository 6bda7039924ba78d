import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileText } from './openFile';
import { openScenarioText } from './scenarioFile';
import { openTemplateText } from './templateImport';

const samText = readFileSync(new URL('./fixtures/sam-template.yaml', import.meta.url), 'utf8');

describe('opening a SAM template', () => {
  const result = openTemplateText(samText, 'template.yaml');
  if (!result.ok) throw new Error(result.message);
  const { scenario } = result;
  const node = (id: string) => scenario.nodes.find((n) => n.id === id);
  const x = (id: string) => node(id)!.position.x;
  const edge = (source: string, target: string) => scenario.edges.find((e) => e.source === source && e.target === target);

  it('maps every simulated resource to a node of its kind', () => {
    expect(scenario.nodes.map((n) => `${n.id}:${n.kind}`).sort()).toEqual(
      [
        'Alerts:sns',
        'Fulfil:function',
        'OrdersApi:function',
        'OrdersDlq:sqs',
        'OrdersQueue:sqs',
        'ServerlessRestApi:apiGateway',
        'ThumbnailNightly:eventbridgeSchedule',
        'Thumbnail:function',
        'Uploads:s3',
      ].sort(),
    );
    expect(scenario.name).toBe('Orders service');
  });

  it('applies Globals and each function its own properties', () => {
    const api = node('OrdersApi');
    const fulfil = node('Fulfil');
    const thumb = node('Thumbnail');
    if (api?.kind !== 'function' || fulfil?.kind !== 'function' || thumb?.kind !== 'function') throw new Error('functions missing');
    expect([api.config.runtime, api.config.timeoutSeconds, api.config.memoryMB, api.config.reservedConcurrency]).toEqual(['python', 10, 256, 50]);
    expect([fulfil.config.runtime, fulfil.config.timeoutSeconds, fulfil.config.architecture]).toEqual(['nodejs', 20, 'arm64']);
    expect([thumb.config.memoryMB, thumb.config.async.maximumRetryAttempts]).toEqual([1024, 1]);
  });

  it('turns events, mappings, dead-letter queues, destinations and redrive into typed edges', () => {
    expect(edge('ServerlessRestApi', 'OrdersApi')?.kind).toBe('trigger');
    const mapping = edge('OrdersQueue', 'Fulfil');
    expect(mapping?.kind).toBe('trigger');
    expect(mapping?.config).toEqual({ batchSize: 5, maximumConcurrency: 20, reportBatchItemFailures: true });
    expect(edge('Uploads', 'Thumbnail')?.kind).toBe('trigger');
    expect(edge('ThumbnailNightly', 'Thumbnail')?.kind).toBe('trigger');
    expect(edge('Thumbnail', 'OrdersDlq')?.kind).toBe('deadLetter');
    expect(edge('Thumbnail', 'Alerts')?.kind).toBe('onFailure');
    expect(edge('OrdersQueue', 'OrdersDlq')?.kind).toBe('deadLetter');
    const queue = node('OrdersQueue');
    expect(queue?.kind === 'sqs' && [queue.config.visibilityTimeoutSeconds, queue.config.maxReceiveCount]).toEqual([120, 5]);
    const schedule = node('ThumbnailNightly');
    expect(schedule?.kind === 'eventbridgeSchedule' && schedule.config.expression).toBe('cron(0 3 * * ? *)');
  });

  it('gives triggering sources traffic and says what was left out', () => {
    const uploads = node('Uploads');
    expect(uploads?.kind === 's3' && uploads.config.traffic.ratePerSecond).toBe(1);
    expect(result.ok && result.notes?.join(' ')).toMatch(/AWS::DynamoDB::GlobalTable \(Table\)/);
    expect(result.ok && result.notes?.join(' ')).not.toMatch(/IAM/);
  });

  it('lays nodes out left to right: sources before their functions, without overlaps', () => {
    expect(x('Uploads')).toBeLessThan(x('Thumbnail'));
    expect(x('OrdersQueue')).toBeLessThan(x('Fulfil'));
    expect(x('Thumbnail')).toBeLessThan(x('Alerts'));
    const seen = new Set(scenario.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(seen.size).toBe(scenario.nodes.length);
  });
});

describe('templates that cannot be used', () => {
  it('broken YAML names the file and the line', () => {
    const result = openTemplateText('AWSTemplateFormatVersion: x\nResources:\n  A: [unclosed\n', 't.yaml');
    expect(!result.ok && result.message).toMatch(/t\.yaml is not valid YAML/);
  });
  it('a template with nothing to simulate says so', () => {
    const result = openTemplateText('AWSTemplateFormatVersion: x\nResources:\n  R:\n    Type: AWS::IAM::Role\n', 't.yaml');
    expect(!result.ok && result.message).toMatch(/none of its resources/);
  });
  it('opening a file tells templates (YAML or JSON) from scenarios', async () => {
    const fromYaml = await openFileText(samText, 'template.yaml');
    expect(fromYaml.ok && fromYaml.scenario.name).toBe('Orders service');
    const json = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } });
    expect((await openFileText(json, 't.json')).ok).toBe(true);
    expect(openScenarioText(json, 't.json')).toMatchObject({ ok: false, message: expect.stringMatching(/CloudFormation template/) });
    const notJson = await openFileText('{"schemaVersion": 1, "nodes": [', 'cut.json');
    expect(!notJson.ok && notJson.message).toMatch(/cut\.json is not valid JSON/);
  });

  it('JSON templates open too', () => {
    const json = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' }, F: { Type: 'AWS::Lambda::Function', Properties: { MemorySize: 512 } }, M: { Type: 'AWS::Lambda::EventSourceMapping', Properties: { EventSourceArn: { 'Fn::GetAtt': ['Q', 'Arn'] }, FunctionName: { Ref: 'F' } } } } });
    const result = openTemplateText(json, 't.json');
    if (!result.ok) throw new Error(result.message);
    expect(result.scenario.edges.map((e) => [e.source, e.target, e.kind])).toEqual([['Q', 'F', 'trigger']]);
  });
});

describe('a plain CloudFormation template with long and short intrinsics', () => {
  const yaml = `
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
      RedrivePolicy: '{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:JobsDlq","maxReceiveCount":4}'
  JobsDlq:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: java21
      SnapStart:
        ApplyOn: PublishedVersions
      MemorySize: 2048
      Timeout: 60
      ReservedConcurrentExecutions: !Ref ReservedParam
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt [Jobs, Arn]
      FunctionName: !Sub '\${Worker}'
      BatchSize: 10
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 day)
      Targets:
        - Id: worker
          Arn: { 'Fn::GetAtt': [Worker, Arn] }
`;
  const result = openTemplateText(yaml, 'cfn.yaml');
  if (!result.ok) throw new Error(result.message);
  const { scenario } = result;

  it('resolves !GetAtt in sequence form, !Sub, long-form GetAtt and ARNs to logical ids', () => {
    expect(scenario.edges.map((e) => `${e.source}->${e.target}:${e.kind}`).sort()).toEqual(
      ['Jobs->JobsDlq:deadLetter', 'Jobs->Worker:trigger', 'Nightly->Worker:trigger'].sort(),
    );
  });

  it('reads SnapStart, FIFO and redrive, and leaves a parameter reference at its default', () => {
    const worker = scenario.nodes.find((n) => n.id === 'Worker');
    expect(worker?.kind === 'function' && [worker.config.runtime, worker.config.memoryMB, worker.config.reservedConcurrency]).toEqual([
      'java-snapstart',
      2048,
      null,
    ]);
    const jobs = scenario.nodes.find((n) => n.id === 'Jobs');
    expect(jobs?.kind === 'sqs' && [jobs.config.fifo, jobs.config.maxReceiveCount]).toEqual([true, 4]);
    const nightly = scenario.nodes.find((n) => n.id === 'Nightly');
    expect(nightly?.kind === 'eventbridgeSchedule' && nightly.config.expression).toBe('rate(1 day)');
  });
});
