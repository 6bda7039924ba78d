/**
 * The importer on real templates (src/io/fixtures/corpus, see its README):
 * every file opens or is refused with a message, never an exception, and the
 * links are checked against counts made here by a walk of the plain JSON,
 * independent of the importer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTemplateText } from './templateImport';

const CORPUS = join(__dirname, 'fixtures', 'corpus');
const files = (dir: string) => readdirSync(join(CORPUS, dir)).map((f) => join(CORPUS, dir, f));
const ALL = [...files('sam-translator/input'), ...files('sam-translator/output'), ...files('serverless-patterns')];

type Json = Record<string, unknown>;
const base = (path: string) => path.split('/').pop()!.replace(/\.(yaml|json)$/, '');

/** Trigger pairs a translated template states outright: event source mappings, SNS subscriptions to a function, S3 notifications. */
function statedTriggers(template: { Resources: Record<string, { Type: string; Properties?: Json }> }): Set<string> {
  const r = template.Resources;
  const target = (v: unknown): string | null => {
    const o = (v ?? {}) as Json;
    const id = typeof o.Ref === 'string' ? o.Ref : Array.isArray(o['Fn::GetAtt']) ? (o['Fn::GetAtt'] as string[])[0] : null;
    if (!id || !r[id]) return null;
    if (r[id].Type === 'AWS::Lambda::Alias' || r[id].Type === 'AWS::Lambda::Version') return target(r[id].Properties?.FunctionName);
    return r[id].Type === 'AWS::Lambda::Function' ? id : null;
  };
  const source = (v: unknown, types: string[]): string | null => {
    const o = (v ?? {}) as Json;
    const id = typeof o.Ref === 'string' ? o.Ref : Array.isArray(o['Fn::GetAtt']) ? (o['Fn::GetAtt'] as string[])[0] : null;
    if (!id || !r[id] || !types.includes(r[id].Type)) return null;
    if (r[id].Type === 'AWS::DynamoDB::Table' && !r[id].Properties?.StreamSpecification) return null;
    return id;
  };
  // The translator's tests write conditions as Fn::Equals of two literals; decide those here.
  const conditions = ((template as Json).Conditions ?? {}) as Record<string, Json>;
  const holds = (name: unknown) => {
    const equals = conditions[name as string]?.['Fn::Equals'];
    return !(Array.isArray(equals) && typeof equals[0] !== 'object' && typeof equals[1] !== 'object' && equals[0] !== equals[1]);
  };
  const branch = (item: Json): Json | null => {
    const choice = item['Fn::If'] as [string, Json, Json] | undefined;
    const picked = choice ? (holds(choice[0]) ? choice[1] : choice[2]) : item;
    return picked && picked.Ref === 'AWS::NoValue' ? null : picked;
  };
  const pairs = new Set<string>();
  const add = (s: string | null, t: string | null) => s && t && pairs.add(`${s}->${t}`);
  for (const [id, res] of Object.entries(r)) {
    const p = res.Properties ?? {};
    if ((res as Json).Condition !== undefined && !holds((res as Json).Condition)) continue;
    if (res.Type === 'AWS::Lambda::EventSourceMapping') add(source(p.EventSourceArn, ['AWS::SQS::Queue', 'AWS::Kinesis::Stream', 'AWS::DynamoDB::Table']), target(p.FunctionName));
    if (res.Type === 'AWS::SNS::Subscription' && p.Protocol === 'lambda') add(source(p.TopicArn, ['AWS::SNS::Topic']), target(p.Endpoint));
    if (res.Type === 'AWS::S3::Bucket')
      for (const c of (((p.NotificationConfiguration ?? {}) as Json).LambdaConfigurations ?? []) as Json[]) add(id, target(branch(c)?.Function));
  }
  return pairs;
}

function diagram(path: string) {
  const result = openTemplateText(readFileSync(path, 'utf8'), base(path));
  if (!result.ok) throw new Error(result.message);
  return {
    nodes: result.scenario.nodes.map((n) => `${n.id}:${n.kind}`).sort(),
    edges: result.scenario.edges.map((e) => `${e.source}-${e.kind}->${e.target}`).sort(),
  };
}

describe('the template corpus', () => {
  it('holds a few hundred templates', () => {
    expect(ALL.length).toBeGreaterThan(600);
  });

  it('every template opens or is refused with a message naming the file, never an exception', () => {
    let opened = 0;
    for (const path of ALL) {
      const name = path.split('/').pop()!;
      const result = openTemplateText(readFileSync(path, 'utf8'), name);
      if (result.ok) opened++;
      else expect(result.message).toContain(name);
    }
    // Files the importer cannot use: templates with nothing to simulate (Step Functions, AppSync, ...), CDK
    // projects with no Resources, and four files that PyYAML also rejects or that are not templates.
    expect(opened / ALL.length).toBeGreaterThan(0.93);
  });

  it('every event source mapping, SNS subscription and S3 notification of the translated templates is a trigger', () => {
    let expected = 0;
    for (const path of files('sam-translator/output')) {
      const stated = statedTriggers(JSON.parse(readFileSync(path, 'utf8')));
      if (stated.size === 0) continue;
      const result = openTemplateText(readFileSync(path, 'utf8'), base(path));
      expect(result.ok, path).toBe(true);
      if (!result.ok) continue;
      const kinds = new Map(result.scenario.nodes.map((n) => [n.id, n.kind]));
      const made = new Set(
        result.scenario.edges
          .filter((e) => e.kind === 'trigger' && kinds.get(e.target) === 'function' && ['sqs', 'kinesis', 'dynamodbStream', 'sns', 's3'].includes(kinds.get(e.source)!))
          .map((e) => `${e.source}->${e.target}`),
      );
      expect([...made].sort(), path).toEqual([...stated].sort());
      expected += stated.size;
    }
    // 30 stated links in the corpus as copied (README.md); fewer would mean the walk or the corpus broke.
    expect(expected).toBeGreaterThanOrEqual(30);
  });

  it('a SAM template and the CloudFormation the SAM translator makes of it give the same diagram', () => {
    const pairs = ['s3', 's3_filter', 's3_multiple_events_same_bucket', 'sns_sqs', 'cloudwatchevent', 'connector_sqs_to_function', 'connector_function_to_sqs', 'embedded_connectors_function_to', 'eventbridgerule_schedule_properties', 'function_with_cw_event', 'function_with_function_url_config_without_cors_config', 'http_api_with_cors', 'api_with_resource_refs', 'sns_existing_other_subscription'];
    for (const name of pairs) {
      const sam = diagram(join(CORPUS, 'sam-translator/input', `${name}.yaml`));
      expect(sam.edges.length, name).toBeGreaterThan(0);
      expect(diagram(join(CORPUS, 'sam-translator/output', `${name}.json`)), name).toEqual(sam);
    }
  });
});
