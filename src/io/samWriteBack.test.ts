/**
 * Write-back on real templates (src/io/fixtures/corpus): an unchanged diagram
 * gives the template back byte for byte; a changed memory and batch size change
 * only their own lines; opening the result again gives the changed diagram.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../model';
import { samWriteBack } from './samWriteBack';
import { openTemplateText } from './templateImport';

const CORPUS = join(__dirname, 'fixtures', 'corpus');
const ALL = ['sam-translator/input', 'sam-translator/output', 'serverless-patterns'].flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => join(CORPUS, dir, f)));

function open(text: string, name: string): Scenario {
  const result = openTemplateText(text, name);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.scenario;
}
const shape = (s: Scenario) => ({
  nodes: s.nodes.map((n) => ({ id: n.id, kind: n.kind, config: n.config })).sort((a, b) => a.id.localeCompare(b.id)),
  edges: s.edges
    .map((e) => ({ source: e.source, target: e.target, kind: e.kind, config: e.config }))
    .sort((a, b) => `${a.source} ${a.target} ${a.kind}`.localeCompare(`${b.source} ${b.target} ${b.kind}`)),
});
function edited(s: Scenario, change: (draft: Scenario) => void): Scenario {
  const draft = structuredClone(s);
  change(draft);
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

/** Lines removed from `before` and added in `after`: a shortest edit script of lines (Myers' O(ND) diff; the edits here are few). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const max = a.length + b.length;
  const trace: Map<number, number>[] = [];
  let v = new Map<number, number>([[1, 0]]);
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= a.length && y >= b.length) break outer;
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd.get(prevK)!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) added.unshift(b[prevY]);
    else removed.unshift(a[prevX]);
    x = prevX;
    y = prevY;
  }
  return { removed, added };
}

const MAPPING_SOURCES = new Set(['sqs', 'kinesis', 'dynamodbStream']);
/** A memory other than the current one, and a batch size other than the current one that every source takes. */
const otherMemory = (mb: number) => (mb === 1769 ? 2048 : 1769);
const otherBatch = (size: number | undefined) => (size === 7 ? 8 : 7);

describe('write-back into the template a diagram came from', () => {
  const withFunction = ALL.map((path) => ({ path, name: path.split('/').pop()!, text: readFileSync(path, 'utf8') }))
    .map((f) => ({ ...f, opened: openTemplateText(f.text, f.name) }))
    .filter((f) => f.opened.ok && f.opened.scenario.nodes.some((n) => n.kind === 'function'));

  it('an unchanged diagram gives every corpus template back byte for byte', () => {
    for (const f of withFunction) {
      if (!f.opened.ok) continue;
      const back = samWriteBack(f.text, f.opened.scenario, f.name);
      expect(back.text === f.text, f.name).toBe(true);
    }
    console.log(`write-back, no change: ${withFunction.length} templates with a function, all byte-identical`);
    expect(withFunction.length).toBeGreaterThan(300);
  });

  it('a changed memory and batch size change only their own lines, and open again as the changed diagram', () => {
    let withMapping = 0;
    let changedTemplates = 0;
    for (const f of withFunction) {
      if (!f.opened.ok) continue;
      const s = f.opened.scenario;
      const fn = s.nodes.find((n) => n.kind === 'function' && f.text.includes(n.id))!;
      if (!fn) continue;
      const kinds = new Map(s.nodes.map((n) => [n.id, n.kind]));
      const mapping = s.edges.find((e) => e.kind === 'trigger' && MAPPING_SOURCES.has(kinds.get(e.source)!) && kinds.get(e.target) === 'function');
      const memory = fn.kind === 'function' ? otherMemory(fn.config.memoryMB) : 0;
      const batch = mapping ? otherBatch(mapping.config.batchSize) : 0;
      const changed = edited(s, (d) => {
        const node = d.nodes.find((n) => n.id === fn.id)!;
        if (node.kind === 'function') node.config.memoryMB = memory;
        if (mapping) d.edges.find((e) => e.id === mapping.id)!.config.batchSize = batch;
      });
      const back = samWriteBack(f.text, changed, f.name);
      // Only the mapping's own settings may stay unwritten (an SNS subscription's queue SAM makes).
      const again = open(back.text, f.name);
      const expected = back.notes.some((n) => n.includes('batch settings')) ? edited(changed, (d) => (d.edges.find((e) => e.id === mapping!.id)!.config.batchSize = mapping!.config.batchSize)) : changed;
      expect(shape(again), f.name).toEqual(shape(expected));
      const diff = lineDiff(f.text, back.text);
      expect(diff.removed.length, `${f.name}: ${JSON.stringify(diff)}`).toBeLessThanOrEqual(2);
      for (const line of diff.added) expect(line, f.name).toMatch(/MemorySize|BatchSize|Properties|MaximumBatchingWindow|^\s*$/);
      for (const line of diff.removed) expect(line, f.name).toMatch(/MemorySize|BatchSize/);
      changedTemplates++;
      if (mapping && expected === changed) withMapping++;
    }
    console.log(`write-back, memory and batch size changed: ${changedTemplates} templates re-open with the change (${withMapping} with a batch size written)`);
    expect(changedTemplates).toBeGreaterThan(300);
  });
});

describe('write-back keeps what the diagram did not touch', () => {
  const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
# Orders pipeline: keep this comment
Parameters:
  MemoryParam:
    Type: Number
    Default: 512
Globals:
  Function:
    Timeout: 10
    Runtime: nodejs20.x
Resources:
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60 # six times the timeout
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      MemorySize: !Ref MemoryParam
      Policies:
        - SQSPollerPolicy:
            QueueName: !GetAtt OrdersQueue.QueueName
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !GetAtt OrdersQueue.Arn
            BatchSize: 10 # per invoke
  Audit:
    Type: AWS::Serverless::Function
    Properties:
      Handler: audit.handler
      CodeUri: src/
Outputs:
  QueueUrl:
    Value: !Ref OrdersQueue
`;
  const base = open(TEMPLATE, 'orders.yaml');

  it('a !Ref parameter memory that did not change stays !Ref, even when another setting changes', () => {
    const changed = edited(base, (d) => {
      const worker = d.nodes.find((n) => n.id === 'Worker')!;
      if (worker.kind === 'function') worker.config.timeoutSeconds = 20;
    });
    const back = samWriteBack(TEMPLATE, changed, 'orders.yaml');
    expect(back.text).toContain('      MemorySize: !Ref MemoryParam\n');
    // Timeout came from Globals: it is written on the function, and Globals stays as it was.
    expect(back.text).toContain('Globals:\n  Function:\n    Timeout: 10\n');
    expect(lineDiff(TEMPLATE, back.text)).toEqual({ removed: [], added: ['      Timeout: 20'] });
    expect(back.notes.filter((n) => n.includes('intrinsic'))).toEqual([]);
  });

  it('a changed !Ref memory is written as a value, with a note; the comments and the untouched resources stay', () => {
    const changed = edited(base, (d) => {
      const worker = d.nodes.find((n) => n.id === 'Worker')!;
      if (worker.kind === 'function') worker.config.memoryMB = 1024;
      d.edges.find((e) => e.source === 'OrdersQueue')!.config.batchSize = 5;
    });
    const back = samWriteBack(TEMPLATE, changed, 'orders.yaml');
    expect(lineDiff(TEMPLATE, back.text)).toEqual({
      removed: ['      MemorySize: !Ref MemoryParam', '            BatchSize: 10 # per invoke'],
      added: ['      MemorySize: 1024', '            BatchSize: 5 # per invoke'],
    });
    expect(back.notes).toContain('Worker: MemorySize was !Ref MemoryParam; the diagram changed it, so the intrinsic is replaced by 1024.');
    const again = open(back.text, 'orders.yaml');
    expect(shape(again)).toEqual(shape(changed));
  });

  it('new links become a SAM event and a connector, a new destination goes into EventInvokeConfig, a new queue is added', () => {
    const changed = edited(base, (d) => {
      d.nodes.push({ id: 'Failed', kind: 'sqs', position: { x: 0, y: 0 }, config: {} } as never);
      d.edges.push({ id: 'n1', source: 'Worker', target: 'Audit', kind: 'onSuccess', config: {} } as never);
      d.edges.push({ id: 'n2', source: 'Worker', target: 'Failed', kind: 'onFailure', config: {} } as never);
      d.edges.push({ id: 'n3', source: 'Audit', target: 'OrdersQueue', kind: 'writes', config: {} } as never);
    });
    const back = samWriteBack(TEMPLATE, changed, 'orders.yaml');
    const diff = lineDiff(TEMPLATE, back.text);
    expect(diff.removed).toEqual([]);
    expect(back.text).toContain('Outputs:\n  QueueUrl:\n    Value: !Ref OrdersQueue\n');
    expect(back.text).toContain('# Orders pipeline: keep this comment');
    const again = open(back.text, 'orders.yaml');
    expect(shape(again)).toEqual(shape(edited(changed, () => {})));
  });

  it('a JSON template stays JSON, changed in place', () => {
    const json = readFileSync(join(CORPUS, 'sam-translator/output/connector_sqs_to_function.json'), 'utf8');
    const s = open(json, 'connector_sqs_to_function.json');
    const fn = s.nodes.find((n) => n.kind === 'function')!;
    const changed = edited(s, (d) => {
      const node = d.nodes.find((n) => n.id === fn.id)!;
      if (node.kind === 'function') node.config.memoryMB = 2048;
      d.edges.find((e) => e.kind === 'trigger')!.config.batchSize = 3;
    });
    const back = samWriteBack(json, changed, 'connector_sqs_to_function.json');
    expect(() => JSON.parse(back.text)).not.toThrow();
    expect(shape(open(back.text, 'x.json'))).toEqual(shape(changed));
  });
});
