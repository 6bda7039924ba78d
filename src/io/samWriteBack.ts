/**
 * A scenario that came from a template, written back into that template: only
 * what the diagram changed is written (memory, timeout, concurrency, batch
 * settings, visibility timeout, redrive, destinations, new links and nodes);
 * every other byte of the template stays as it was, comments and intrinsics
 * included. The template is read with the yaml package's Document API and each
 * change is spliced into the text at the place the Document gives, so an
 * unchanged template comes back byte for byte and a change touches only its
 * own lines. A value written as an intrinsic (`!Ref MemoryParam`) is kept while
 * the diagram holds what the importer resolved it to; a changed one becomes a
 * literal, and a note says so.
 */
import { isMap, isScalar, parseDocument, stringify, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../model';
import { CUSTOM_TAGS, parseTemplate, referencedId } from './cfnYaml';
import { scenarioToSam } from './samExport';
import { openTemplateText } from './templateImport';
import { resolveParameters } from './templateParams';

type Json = Record<string, unknown>;
export interface WriteBack {
  text: string;
  notes: string[];
}

const DELETE = Symbol('delete');
type Value = unknown;
interface Op {
  path: readonly string[];
  value: Value | typeof DELETE;
}

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const edgeKey = (e: Pick<ScenarioEdge, 'source' | 'target' | 'kind'>) => `${e.source}|${e.target}|${e.kind}`;

/** Function settings and where they live under a function's Properties (`none`: the value that means "not set", written as no key). */
const FUNCTION_FIELDS: readonly { key: string; path: readonly string[]; none?: unknown }[] = [
  { key: 'memoryMB', path: ['MemorySize'] },
  { key: 'timeoutSeconds', path: ['Timeout'] },
  { key: 'reservedConcurrency', path: ['ReservedConcurrentExecutions'], none: null },
  { key: 'ephemeralStorageMB', path: ['EphemeralStorage', 'Size'] },
];
/** Event source mapping settings, the same in a SAM event and an AWS::Lambda::EventSourceMapping. */
const MAPPING_FIELDS: readonly { key: string; path: readonly string[] }[] = [
  { key: 'batchSize', path: ['BatchSize'] },
  { key: 'maximumBatchingWindowSeconds', path: ['MaximumBatchingWindowInSeconds'] },
  { key: 'maximumConcurrency', path: ['ScalingConfig'] },
  { key: 'parallelizationFactor', path: ['ParallelizationFactor'] },
  { key: 'maximumRetryAttempts', path: ['MaximumRetryAttempts'] },
  { key: 'maximumRecordAgeSeconds', path: ['MaximumRecordAgeInSeconds'] },
  { key: 'bisectBatchOnFunctionError', path: ['BisectBatchOnFunctionError'] },
  { key: 'startingPosition', path: ['StartingPosition'] },
];

/**
 * The SAM template for a scenario: written back into the template it came from
 * when it carries one (`source`), else the minimal template of scenarioToSam.
 */
export function exportSamTemplate(scenario: Scenario): WriteBack & { fileName: string; writtenBack: boolean } {
  const { source, ...rest } = scenario;
  if (!source) {
    const minimal = scenarioToSam(scenario);
    return { text: minimal.text, notes: minimal.notes, fileName: 'template.yaml', writtenBack: false };
  }
  const fileName = source.fileName ?? 'template.yaml';
  return { ...samWriteBack(source.text, rest, fileName), fileName, writtenBack: true };
}

/**
 * `original`: the template text the scenario was imported from; `fileName`
 * names it in notes. A template that no longer opens gives the minimal template.
 */
export function samWriteBack(original: string, scenario: Scenario, fileName = 'template.yaml'): WriteBack {
  const notes: string[] = [];
  const imported = openTemplateText(original, fileName);
  const parsed = parseTemplate(original, fileName);
  if (!imported.ok || !parsed.ok) {
    const minimal = scenarioToSam(scenario);
    return { text: minimal.text, notes: [`${fileName} could not be opened again (${imported.ok ? '' : imported.message}); written as a minimal SAM template.`, ...minimal.notes] };
  }
  const base = imported.scenario;
  const template = resolveParameters(parsed.template).template;
  const resources = template.Resources;
  const globals = obj(obj(template.Globals).Function);
  const ref = (value: unknown): string | null => {
    const id = referencedId(value, resources);
    const type = id ? resources[id]?.Type : undefined;
    if (id && (type === 'AWS::Lambda::Alias' || type === 'AWS::Lambda::Version')) return referencedId(resources[id].Properties?.FunctionName, resources) ?? id;
    return id;
  };
  const minimal = scenarioToSam(scenario).template.Resources;
  const ops: Op[] = [];
  const set = (path: readonly string[], value: Value | typeof DELETE) => ops.push({ path, value });
  const isSam = (id: string) => resources[id]?.Type === 'AWS::Serverless::Function';
  const resourcesOf = (type: string, fn: string) => Object.keys(resources).filter((id) => resources[id].Type === type && ref(resources[id].Properties?.FunctionName) === fn);

  const baseNodes = new Map(base.nodes.map((n) => [n.id, n]));
  const nodeIds = new Set(scenario.nodes.map((n) => n.id));
  const baseEdges = new Map(base.edges.map((e) => [edgeKey(e), e]));
  const edgeKeys = new Set(scenario.edges.map(edgeKey));
  const newEdges = scenario.edges.filter((e) => !baseEdges.has(edgeKey(e)));
  const newlyLinkedDlq = new Set(newEdges.filter((e) => e.kind === 'deadLetter').map((e) => e.source));

  // Settings of nodes that came from the template.
  for (const node of scenario.nodes) {
    const before = baseNodes.get(node.id);
    if (!before || before.kind !== node.kind) continue;
    if (!(node.id in resources)) {
      if (!same(settingsOf(node), settingsOf(before))) notes.push(`${node.id} has no resource of its own in the template (SAM makes it); its changed settings were not written.`);
      continue;
    }
    if (node.kind === 'function') functionOps(node, before);
    else if (node.kind === 'sqs') queueOps(node, before);
    else if (node.kind === 'kinesis') {
      const c = node.config as Json;
      const b = before.config as Json;
      if (!same(c.shards, b.shards)) set([...props(node.id), 'ShardCount'], c.shards);
      if (!same(c.retentionHours, b.retentionHours)) set([...props(node.id), 'RetentionPeriodHours'], c.retentionHours);
    } else if (node.kind === 'eventbridgeSchedule' && resources[node.id].Type !== 'AWS::Serverless::Function') {
      const c = node.config as Json;
      if (!same(c.expression, (before.config as Json).expression)) set([...props(node.id), 'ScheduleExpression'], c.expression);
    }
  }

  // Settings of links that came from the template.
  for (const edge of scenario.edges) {
    const before = baseEdges.get(edgeKey(edge));
    if (!before || edge.kind !== 'trigger') continue;
    const changed = MAPPING_FIELDS.filter((f) => !same((edge.config as Json)[f.key], (before.config as Json)[f.key]));
    if (changed.length === 0) continue;
    const at = mappingPath(edge.source, edge.target);
    if (!at) {
      notes.push(`The batch settings of ${edge.source} → ${edge.target} changed, but the template has no mapping of its own for them to be written to.`);
      continue;
    }
    for (const f of changed) {
      const v = (edge.config as Json)[f.key];
      if (f.key === 'maximumConcurrency') set([...at, 'ScalingConfig'], v === undefined || v === null ? DELETE : { MaximumConcurrency: v });
      else if (f.key === 'startingPosition') set([...at, ...f.path], v ?? DELETE);
      else set([...at, ...f.path], v === undefined || v === null ? DELETE : v);
    }
  }

  // New links between nodes of the template; links to new nodes come with the nodes' resources.
  const newNodeIds = new Set(scenario.nodes.filter((n) => !baseNodes.has(n.id)).map((n) => n.id));
  const kindOf = new Map(scenario.nodes.map((n) => [n.id, n.kind]));
  for (const edge of newEdges) {
    const what = `the new ${edge.kind} link ${edge.source} → ${edge.target}`;
    const fromNew = newNodeIds.has(edge.source);
    const toNew = newNodeIds.has(edge.target);
    if (edge.kind === 'writes') {
      const id = freeId(`${edge.source}Writes${edge.target}`);
      set(['Resources', id], minimal[`${edge.source}Writes${edge.target}`]);
      continue;
    }
    if (edge.kind === 'trigger' && kindOf.get(edge.target) === 'function') {
      if (toNew) continue; // the new function's resource carries the event
      if (kindOf.get(edge.source) === 'eventbridgeRule' || kindOf.get(edge.source) === 'eventbridgeSchedule') {
        if (!fromNew) notes.push(`${what} was not written: add the function to the Targets of ${edge.source} by hand.`);
        continue;
      }
      const event = obj(obj(obj(minimal[edge.target]?.Properties).Events)[`${edge.source}Event`]);
      if (Object.keys(event).length === 0) {
        notes.push(`${what} has no form in a template and was not written.`);
        continue;
      }
      if (isSam(edge.target)) {
        const events = obj(resources[edge.target].Properties?.Events);
        let name = `${edge.source}Event`;
        for (let i = 2; name in events; i++) name = `${edge.source}Event${i}`;
        set([...props(edge.target), 'Events', name], event);
      } else if (resources[edge.target]?.Type === 'AWS::Lambda::Function' && (event.Type === 'SQS' || event.Type === 'Kinesis' || event.Type === 'DynamoDB')) {
        const { Queue, Stream, ...rest } = obj(event.Properties);
        set(['Resources', freeId(`${edge.source}To${edge.target}Mapping`)], { Type: 'AWS::Lambda::EventSourceMapping', Properties: { EventSourceArn: Queue ?? Stream, FunctionName: { Ref: edge.target }, ...rest } });
      } else notes.push(`${what} was not written: ${edge.target} is not a SAM function, and this trigger needs a permission written by hand.`);
      continue;
    }
    if (fromNew) continue;
    if (edge.kind === 'trigger' && kindOf.get(edge.source) === 'sns' && kindOf.get(edge.target) === 'sqs') {
      set(['Resources', freeId(`${edge.source}To${edge.target}`)], minimal[`${edge.source}To${edge.target}`]);
    } else if (edge.kind === 'deadLetter' && kindOf.get(edge.source) === 'function') {
      const dlq = obj(minimal[edge.source]?.Properties).DeadLetterQueue;
      if (isSam(edge.source)) set([...props(edge.source), 'DeadLetterQueue'], dlq);
      else set([...props(edge.source), 'DeadLetterConfig'], { TargetArn: obj(dlq).TargetArn });
    } else if (edge.kind === 'deadLetter' && kindOf.get(edge.source) === 'sqs') {
      set([...props(edge.source), 'RedrivePolicy'], obj(minimal[edge.source]?.Properties).RedrivePolicy);
    } else if ((edge.kind === 'onSuccess' || edge.kind === 'onFailure') && kindOf.get(edge.source) === 'function') {
      const key = edge.kind === 'onSuccess' ? 'OnSuccess' : 'OnFailure';
      const destination = obj(obj(obj(minimal[edge.source]?.Properties).EventInvokeConfig).DestinationConfig)[key];
      if (isSam(edge.source)) set([...props(edge.source), 'EventInvokeConfig', 'DestinationConfig', key], destination);
      else {
        const config = resourcesOf('AWS::Lambda::EventInvokeConfig', edge.source)[0];
        const { Type: _type, ...lambdaDestination } = obj(destination);
        if (config) set([...props(config), 'DestinationConfig', key], lambdaDestination);
        else set(['Resources', freeId(`${edge.source}InvokeConfig`)], { Type: 'AWS::Lambda::EventInvokeConfig', Properties: { FunctionName: { Ref: edge.source }, Qualifier: '$LATEST', DestinationConfig: { [key]: lambdaDestination } } });
      }
    } else if (edge.kind === 'onFailure') {
      const consumer = scenario.edges.find((e) => e.source === edge.source && e.kind === 'trigger' && kindOf.get(e.target) === 'function')?.target;
      const at = consumer ? mappingPath(edge.source, consumer) : null;
      if (at) set([...at, 'DestinationConfig', 'OnFailure', 'Destination'], { 'Fn::GetAtt': [edge.target, 'Arn'] });
      else notes.push(`${what} was not written: the template has no mapping for it.`);
    } else notes.push(`${what} has no form in a template and was not written.`);
  }

  // New nodes: the resources the minimal export gives them (with their events).
  for (const id of newNodeIds) {
    const resource = minimal[id];
    if (resource && !(id in resources)) set(['Resources', id], resource);
    else if (!resource && !['functionUrl', 'alb'].includes(kindOf.get(id) ?? '')) notes.push(`${id} (${kindOf.get(id)}) has no resource in a template and was left out.`);
  }
  for (const edge of newEdges)
    if (newNodeIds.has(edge.source) && edge.kind === 'trigger' && kindOf.get(edge.target) === 'function' && !newNodeIds.has(edge.target) && (kindOf.get(edge.source) === 'functionUrl' || kindOf.get(edge.source) === 'alb'))
      set(['Resources', edge.source], minimal[edge.source]);

  const removedNodes = base.nodes.filter((n) => !nodeIds.has(n.id)).map((n) => n.id);
  if (removedNodes.length > 0) notes.push(`Deleted in the diagram but kept in the template (remove them by hand if you mean to): ${removedNodes.join(', ')}.`);
  const removedEdges = base.edges.filter((e) => !edgeKeys.has(edgeKey(e)));
  if (removedEdges.length > 0) notes.push(`Links deleted in the diagram but kept in the template: ${removedEdges.map((e) => `${e.source} → ${e.target} (${e.kind})`).join(', ')}.`);

  const text = applyOps(original, ops, notes);
  return { text, notes };

  function freeId(wanted: string): string {
    let id = wanted;
    for (let i = 2; id in resources || ops.some((o) => o.path.length === 2 && o.path[1] === id); i++) id = `${wanted}${i}`;
    return id;
  }

  /** Where a mapping's settings are: a SAM event of the function, or an AWS::Lambda::EventSourceMapping. */
  function mappingPath(source: string, fn: string): string[] | null {
    for (const [name, event] of Object.entries(obj(resources[fn]?.Properties?.Events))) {
      const p = obj(obj(event).Properties);
      const type = obj(event).Type;
      if ((type === 'SQS' && ref(p.Queue) === source) || ((type === 'Kinesis' || type === 'DynamoDB') && ref(p.Stream) === source)) return [...props(fn), 'Events', name, 'Properties'];
      if (type === 'SNS' && typeof p.SqsSubscription === 'object' && p.SqsSubscription !== null && (ref(obj(p.SqsSubscription).QueueArn) ?? `${fn}${name}Queue`) === source)
        return [...props(fn), 'Events', name, 'Properties', 'SqsSubscription'];
    }
    for (const [id, r] of Object.entries(resources))
      if (r.Type === 'AWS::Lambda::EventSourceMapping' && ref(r.Properties?.EventSourceArn) === source && ref(r.Properties?.FunctionName) === fn) return props(id);
    return null;
  }

  function functionOps(node: ScenarioNode, before: ScenarioNode) {
    const c = node.config as Json;
    const b = before.config as Json;
    const sam = isSam(node.id);
    for (const f of FUNCTION_FIELDS) if (!same(c[f.key], b[f.key])) set([...props(node.id), ...f.path], 'none' in f && c[f.key] === f.none ? DELETE : c[f.key]);
    if (!same(c.architecture, b.architecture)) set([...props(node.id), 'Architectures'], [c.architecture]);
    if (!same(c.runtime, b.runtime)) notes.push(`${node.id}: the runtime changed to ${String(c.runtime)} in the diagram; the template's Runtime and code were kept.`);
    if (!same(c.provisionedConcurrency, b.provisionedConcurrency)) {
      const value = Number(c.provisionedConcurrency ?? 0);
      if (sam) {
        set([...props(node.id), 'ProvisionedConcurrencyConfig'], value > 0 ? { ProvisionedConcurrentExecutions: value } : DELETE);
        const p = { ...globals, ...obj(resources[node.id].Properties) };
        if (value > 0 && p.AutoPublishAlias === undefined) set([...props(node.id), 'AutoPublishAlias'], 'live');
      } else {
        const alias = resourcesOf('AWS::Lambda::Alias', node.id)[0];
        if (alias) set([...props(alias), 'ProvisionedConcurrencyConfig'], value > 0 ? { ProvisionedConcurrentExecutions: value } : DELETE);
        else notes.push(`${node.id}: provisioned concurrency (${value}) is set on an alias, and the template has none for this function; it was not written.`);
      }
    }
    const asyncNow = obj(c.async);
    const asyncBefore = obj(b.async);
    const asyncFields: [string, string][] = [
      ['maximumRetryAttempts', 'MaximumRetryAttempts'],
      ['maximumEventAgeSeconds', 'MaximumEventAgeInSeconds'],
    ];
    for (const [key, property] of asyncFields) {
      if (same(asyncNow[key], asyncBefore[key])) continue;
      if (sam) set([...props(node.id), 'EventInvokeConfig', property], asyncNow[key]);
      else {
        const config = resourcesOf('AWS::Lambda::EventInvokeConfig', node.id)[0];
        if (config) set([...props(config), property], asyncNow[key]);
        else set(['Resources', freeId(`${node.id}InvokeConfig`)], { Type: 'AWS::Lambda::EventInvokeConfig', Properties: { FunctionName: { Ref: node.id }, Qualifier: '$LATEST', [property]: asyncNow[key] } });
      }
    }
  }

  function queueOps(node: ScenarioNode, before: ScenarioNode) {
    const c = node.config as Json;
    const b = before.config as Json;
    if (!same(c.visibilityTimeoutSeconds, b.visibilityTimeoutSeconds)) set([...props(node.id), 'VisibilityTimeout'], c.visibilityTimeoutSeconds);
    if (!same(c.messageRetentionSeconds, b.messageRetentionSeconds)) set([...props(node.id), 'MessageRetentionPeriod'], c.messageRetentionSeconds);
    if (!same(c.maxReceiveCount, b.maxReceiveCount) && c.maxReceiveCount !== null && !newlyLinkedDlq.has(node.id)) {
      const redrive = resources[node.id].Properties?.RedrivePolicy;
      // A redrive policy may be written as a JSON string; it stays one.
      if (typeof redrive === 'string') set([...props(node.id), 'RedrivePolicy'], JSON.stringify({ ...obj(safeJson(redrive)), maxReceiveCount: c.maxReceiveCount }));
      else if (redrive !== undefined) set([...props(node.id), 'RedrivePolicy', 'maxReceiveCount'], c.maxReceiveCount);
    }
  }
}

function settingsOf(node: ScenarioNode): Json {
  const { traffic: _traffic, ...rest } = node.config as Json;
  return rest;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

// ---- Splicing changes into the text ----

interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
  /** Among inserts at one place, the deeper one (larger column) goes first in the text: it ends the map inside. */
  depth: number;
}

const isIntrinsic = (node: unknown): boolean => {
  if (isScalar(node) || isMap(node)) {
    if (typeof node.tag === 'string' && node.tag.startsWith('!')) return true;
  }
  if (isMap(node) && node.items.length === 1) {
    const key = isScalar(node.items[0].key) ? String(node.items[0].key.value) : '';
    return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
  }
  return false;
};

function deepMerge(a: unknown, b: unknown): unknown {
  if (typeof a !== 'object' || a === null || Array.isArray(a) || typeof b !== 'object' || b === null || Array.isArray(b)) return b;
  const out: Json = { ...(a as Json) };
  for (const [k, v] of Object.entries(b as Json)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out;
}

const props = (id: string) => ['Resources', id, 'Properties'];
const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : '');
const indent = (block: string, by: number) =>
  block
    .split('\n')
    .map((line) => (line ? ' '.repeat(by) + line : line))
    .join('\n');
const blockText = (value: unknown) => stringify(value, { lineWidth: 0 });
const flowText = (value: unknown) => JSON.stringify(value);
const pairEnd = (p: Pair) => ((p.value as YamlNode | null)?.range?.[1] ?? (p.key as YamlNode).range![1]);
/** The last pair of a key (a key written twice counts once, the last, as PyYAML reads it). */
const find = (m: YAMLMap, key: string) => m.items.filter((p) => keyOf(p) === key).at(-1);
const nest = (path: readonly string[], value: unknown): unknown => path.reduceRight<unknown>((v, key) => ({ [key]: v }), value);

function applyOps(text: string, ops: readonly Op[], notes: string[]): string {
  if (ops.length === 0) return text;
  const doc = parseDocument(text, { customTags: CUSTOM_TAGS, merge: true, uniqueKeys: false, keepSourceTokens: false });
  const json = /^\s*\{/.test(text);
  const inserts = new Map<YAMLMap, Map<string, unknown>>();
  const replaces = new Map<Pair, { value: unknown; parent: YAMLMap }>();
  const deletes = new Map<Pair, YAMLMap>();

  for (const op of ops) {
    let node: unknown = doc.contents;
    for (let i = 0; i < op.path.length; i++) {
      if (!isMap(node)) break;
      const pair = find(node, op.path[i]);
      const rest = op.path.slice(i + 1);
      if (!pair) {
        if (op.value === DELETE) break;
        const pending = inserts.get(node) ?? new Map<string, unknown>();
        const key = op.path[i];
        pending.set(key, pending.has(key) ? deepMerge(pending.get(key), nest(rest, op.value)) : nest(rest, op.value));
        inserts.set(node, pending);
        break;
      }
      const last = i === op.path.length - 1;
      if (last && op.value === DELETE) {
        deletes.set(pair, node);
        break;
      }
      const child = pair.value;
      if (last || !isMap(child) || isIntrinsic(child)) {
        if (op.value === DELETE) break;
        if (isIntrinsic(child)) {
          const range = (child as YamlNode).range;
          const was = range ? text.slice(range[0], range[1]).trim() : String(child);
          const tag = typeof (child as YamlNode).tag === 'string' ? `${(child as YamlNode).tag} ` : '';
          const now = last ? ` ${JSON.stringify(op.value)}` : ' a value';
          notes.push(`${op.path[1]}: ${op.path.slice(3, i + 1).join('.') || op.path.slice(1, i + 1).join('.')} was ${tag}${was}; the diagram changed it, so the intrinsic is replaced by${now}.`);
        }
        const prior = replaces.get(pair);
        const value = prior ? deepMerge(prior.value, nest(rest, op.value)) : nest(rest, op.value);
        replaces.set(pair, { value, parent: node });
        break;
      }
      node = child;
    }
  }

  const edits: Edit[] = [];
  let order = 0;
  const edit = (start: number, end: number, replacement: string, depth = 0) => edits.push({ start, end, text: replacement, order: order++, depth });
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const column = (at: number) => at - lineStart(at);
  const endOfLine = (at: number) => {
    if (text[at - 1] === '\n') return at;
    const nl = text.indexOf('\n', at);
    return nl < 0 ? text.length : nl + 1;
  };

  for (const [pair, { value, parent }] of replaces) {
    const keyEnd = (pair.key as YamlNode).range![1];
    const end = pairEnd(pair);
    const flow = json || Boolean(parent.flow);
    const trailingNewline = text[end - 1] === '\n';
    if (typeof value !== 'object' || value === null) {
      const scalar = flow || typeof value === 'string' ? (flow ? flowText(value) : blockText(value).trimEnd()) : String(value);
      edit(keyEnd, end, `: ${scalar}${trailingNewline ? '\n' : ''}`);
    } else if (flow) edit(keyEnd, end, `: ${flowText(value)}${trailingNewline ? '\n' : ''}`);
    else {
      const block = indent(blockText(value), column((pair.key as YamlNode).range![0]) + 2).replace(/\n$/, '');
      edit(keyEnd, end, `:\n${block}${trailingNewline ? '\n' : ''}`);
    }
  }
  for (const [pair, parent] of deletes) {
    const start = (pair.key as YamlNode).range![0];
    const from = lineStart(start);
    if (!json && !parent.flow && text.slice(from, start).trim() === '') edit(from, endOfLine(pairEnd(pair)), '');
    else edit((pair.key as YamlNode).range![1], pairEnd(pair), `: ${flowText({ Ref: 'AWS::NoValue' })}`);
  }
  for (const [map, entries] of inserts) {
    const items = [...entries];
    if (map.flow || json) {
      const body = items.map(([k, v]) => `${flowText(k)}: ${flowText(v)}`);
      if (map.items.length === 0) {
        const [start, end] = map.range!;
        edit(start, end, `{ ${body.join(', ')} }${/\s$/.test(text.slice(start, end)) ? text.slice(start, end).match(/\s*$/)![0] : ''}`);
      } else {
        // Before the first key, so that no line of the template changes (a comma after the last one would change its line).
        const first = (map.items[0].key as YamlNode).range![0];
        const multiline = text.slice(map.range![0], first).includes('\n');
        const sep = multiline ? `,\n${' '.repeat(column(first))}` : ', ';
        edit(first, first, body.map((b) => b + sep).join(''));
      }
    } else {
      const col = column((map.items[0].key as YamlNode).range![0]);
      let at = endOfLine(pairEnd(map.items.at(-1)!));
      // Before the blank lines that end the map, not after them.
      while (at >= 2 && /\n[ \t]*\n$/.test(text.slice(Math.max(0, at - 200), at))) at = text.lastIndexOf('\n', at - 2) + 1;
      const block = indent(blockText(Object.fromEntries(items)), col);
      edit(at, at, `${at === text.length && !text.endsWith('\n') ? '\n' : ''}${block}`, col);
    }
  }
  // Applied from the end, so offsets stay right; of two inserts at one place the one applied last comes first.
  edits.sort((a, b) => b.start - a.start || a.depth - b.depth || b.order - a.order);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
