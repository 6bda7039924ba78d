/**
 * A lesson step's scenario: a preset (by id) or an inline scenario file, plus
 * the changes the step makes ("now set maximumConcurrency to 2"). Changes are
 * applied to the file as written, then the whole scenario is validated by the
 * same parser as every scenario file, so a change can never produce a diagram
 * the app would refuse.
 */
import { parseScenario, type ParseResult, type ScenarioIssue } from '../model';
import { findPreset } from '../scenarios';
import type { ScenarioChange, ScenarioRef } from './schema';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets `key` (dotted for nested fields: "traffic.ratePerSecond") on a copy of `target`. */
function setPath(target: Json, key: string, value: unknown): Json {
  const [head, ...rest] = key.split('.');
  const copy: Json = { ...target };
  if (rest.length === 0) copy[head] = value;
  else copy[head] = setPath(isObject(copy[head]) ? (copy[head] as Json) : {}, rest.join('.'), value);
  return copy;
}

function setAll(target: Json, values: Record<string, unknown>): Json {
  let out = target;
  for (const [key, value] of Object.entries(values)) out = setPath(out, key, value);
  return out;
}

/** The file the reference names, or why it cannot be found. */
export function scenarioSource(ref: ScenarioRef): { ok: true; raw: Json } | { ok: false; message: string } {
  if (typeof ref === 'string') {
    const preset = findPreset(ref);
    if (!preset) return { ok: false, message: `no preset has id "${ref}"` };
    return { ok: true, raw: preset.raw as Json };
  }
  return { ok: true, raw: ref as Json };
}

/** Applies the changes in order; a change naming a node or edge the scenario lacks is an issue naming it. */
export function applyChanges(raw: Json, changes: readonly ScenarioChange[]): { ok: true; raw: Json } | { ok: false; issues: ScenarioIssue[] } {
  let out: Json = structuredClone(raw);
  const issues: ScenarioIssue[] = [];
  changes.forEach((change, i) => {
    if ('node' in change) {
      const nodes = Array.isArray(out.nodes) ? (out.nodes as Json[]) : [];
      const at = nodes.findIndex((n) => n.id === change.node);
      if (at < 0) return issues.push({ path: `changes[${i}].node`, message: `the scenario has no node "${change.node}"` });
      const node = nodes[at];
      const next = nodes.slice();
      next[at] = { ...node, config: setAll(isObject(node.config) ? node.config : {}, change.set) };
      out = { ...out, nodes: next };
    } else if ('edge' in change) {
      const edges = Array.isArray(out.edges) ? (out.edges as Json[]) : [];
      const at = edges.findIndex((e) => e.id === change.edge);
      if (at < 0) return issues.push({ path: `changes[${i}].edge`, message: `the scenario has no edge "${change.edge}"` });
      const edge = edges[at];
      const next = edges.slice();
      next[at] = { ...edge, config: setAll(isObject(edge.config) ? edge.config : {}, change.set) };
      out = { ...out, edges: next };
    } else if ('account' in change) {
      out = { ...out, account: setAll(isObject(out.account) ? out.account : {}, change.account) };
    } else {
      out = setAll(out, change.scenario);
    }
    return undefined;
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, raw: out };
}

/** The scenario a step runs: its source, the lesson's earlier changes if it keeps them, its own changes; validated. */
export function buildScenario(ref: ScenarioRef, changes: readonly ScenarioChange[]): ParseResult {
  const source = scenarioSource(ref);
  if (!source.ok) return { ok: false, issues: [{ path: 'scenario', message: source.message }] };
  const changed = applyChanges(source.raw, changes);
  if (!changed.ok) return { ok: false, issues: changed.issues };
  return parseScenario(changed.raw);
}
