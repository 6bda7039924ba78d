import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { openTemplateText } from '../io/templateImport';
import { runExportCli } from './export';

const root = join(__dirname, '..', '..');

function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const status = runExportCli(args, {
    readFile: (p) => {
      if (!(p in files)) throw new Error('ENOENT');
      return files[p];
    },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { status, out, err };
}

/** Node ids and kinds, clients aside (a caller the export leaves out with a note). */
const ids = (s: { nodes: { id: string; kind: string }[] }) => s.nodes.filter((n) => n.kind !== 'client').map((n) => `${n.id}:${n.kind}`).sort();

describe('npm run export -- FILE --to sam', () => {
  it('writes a preset scenario as a SAM template that opens again with the same functions and links', () => {
    const text = readFileSync(join(root, 'src/scenarios/s3-thumbnail-pipeline.json'), 'utf8');
    const { status, out } = run(['s.json', '--to', 'sam'], { 's.json': text });
    expect(status).toBe(0);
    expect(out).toMatch(/Transform: AWS::Serverless-2016-10-31/);
    const parsed = parseScenario(JSON.parse(text));
    if (!parsed.ok) throw new Error('preset');
    const again = openTemplateText(out, 'out.yaml');
    if (!again.ok) throw new Error(again.message);
    expect(ids(again.scenario)).toEqual(ids(parsed.scenario));
    const functions = parsed.scenario.nodes.filter((n) => n.kind === 'function');
    for (const fn of functions) expect(again.scenario.nodes.find((n) => n.id === fn.id)!.config).toMatchObject({ memoryMB: (fn.config as { memoryMB: number }).memoryMB });
  });
  it('refuses another format and a missing file with status 2', () => {
    expect(run(['s.json', '--to', 'cdk'], {}).err).toMatch(/unknown format cdk/);
    expect(run(['s.json', '--to', 'sam'], {}).status).toBe(2);
  });
  it('a template, or a scenario file that carries its template, is written back into it: unchanged it comes back byte for byte', () => {
    const template = readFileSync(join(root, 'src/io/fixtures/corpus/serverless-patterns/lambda-esm-kinesis-filters-sam.yaml'), 'utf8');
    expect(run(['t.yaml', '--to', 'sam'], { 't.yaml': template }).out).toBe(template);
    const opened = openTemplateText(template, 't.yaml');
    if (!opened.ok) throw new Error(opened.message);
    const scenario = structuredClone(opened.scenario);
    const fn = scenario.nodes.find((n) => n.id === 'NoFilterFunction')!;
    (fn.config as { memoryMB: number }).memoryMB = 2048;
    const { status, out } = run(['s.json', '--to', 'sam'], { 's.json': JSON.stringify(scenario) });
    expect(status).toBe(0);
    expect(out).toContain('      Description: No filter\n');
    expect(out).toContain('  # 1. this Lambda is invoked for all messages, regardless of the payload format and contents\n');
    expect(out.split('\n').length).toBe(template.split('\n').length + 1);
    expect(out).toContain('            StartingPosition: LATEST\n      MemorySize: 2048\n');
  });
  it('a scenario without a template is written as the minimal template', () => {
    const text = readFileSync(join(root, 'src/scenarios/s3-thumbnail-pipeline.json'), 'utf8');
    expect(run(['s.json', '--to', 'sam'], { 's.json': text }).out).toMatch(/\nTransform: AWS::Serverless-2016-10-31\nDescription: .*\nResources:\n/);
  });
});
