import { describe, expect, it } from 'vitest';
import { runImportCli, type ImportIo } from './import';

const FILES: Record<string, string> = {
  'ok.yaml': 'Resources:\n  Q: {Type: AWS::SQS::Queue}\n  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x}}\n  M: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Q.Arn, FunctionName: !Ref F}}\n',
  'bad.yaml': 'Resources:\n  A: [unclosed\n',
};

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ImportIo = {
    readFile: (path) => {
      if (!(path in FILES)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return FILES[path];
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  const status = runImportCli(args, io);
  return { status, lines: out.join('').trimEnd().split('\n'), err: err.join('') };
}

describe('npm run import', () => {
  it('prints one JSON object per file, with nodes, edges and notes', () => {
    const { status, lines } = run(['--json', 'ok.yaml']);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ file: 'ok.yaml', ok: true });
    expect([...line.nodes].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual([
      { id: 'F', kind: 'function' },
      { id: 'Q', kind: 'sqs' },
    ]);
    expect(line.edges).toEqual([{ source: 'Q', target: 'F', kind: 'trigger' }]);
    expect(Array.isArray(line.notes)).toBe(true);
  });
  it('exits 2 when some file did not open, and still reports every file', () => {
    const { status, lines } = run(['--json', 'ok.yaml', 'bad.yaml', 'missing.yaml']);
    expect(status).toBe(2);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => [p.file, p.ok])).toEqual([['ok.yaml', true], ['bad.yaml', false], ['missing.yaml', false]]);
    expect(parsed[1].error).toMatch(/bad\.yaml is not valid YAML/);
    expect(parsed[2].error).toMatch(/cannot read the file/);
  });
  it('prints one readable line per file without --json', () => {
    const { lines } = run(['ok.yaml', 'bad.yaml']);
    expect(lines[0]).toMatch(/^ok\.yaml: 2 nodes \(1 functions\), 1 links \(1 triggers\), \d+ notes$/);
    expect(lines[1]).toMatch(/^bad\.yaml: not opened: /);
  });
  it('refuses an unknown option or no file with the usage', () => {
    expect(run(['--yaml', 'ok.yaml']).status).toBe(2);
    expect(run([]).err).toMatch(/usage: npm run -s import/);
  });
});
