import type { z } from 'zod';
import { migrateScenario } from './migrations';
import { ENGINE_LIMITS, scenarioSchema, type Scenario } from './scenario';
import { expectedArrivals } from './arrivals';
import { INPUT_LIMITS } from './limits';

/** One problem in a scenario: where it is, in words a person can follow, and why. */
export interface ScenarioIssue {
  /** JSON path, with node and edge ids where they help: `nodes[1] (api).config.memoryMB`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validates anything that claims to be a scenario: migrates old versions, applies defaults, checks every field. */
export function parseScenario(input: unknown): ParseResult {
  const migrated = migrateScenario(input);
  if (!migrated.ok) return { ok: false, issues: [{ path: 'schemaVersion', message: migrated.message }] };
  const limits = checkInputLimits(migrated.value);
  if (limits.length > 0) return { ok: false, issues: limits };
  const result = scenarioSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, issues: describeIssues(result.error, migrated.value) };
  const arrivals = expectedArrivals(result.data);
  if (arrivals.total > ENGINE_LIMITS.maxArrivals) {
    return {
      ok: false,
      issues: [
        {
          path: arrivals.largestPath,
          message:
            `this scenario would produce about ${formatCount(arrivals.total)} requests and messages over ${result.data.durationSeconds} s; ` +
            `the playground simulates at most ${formatCount(ENGINE_LIMITS.maxArrivals)} in one run. Lower the rate or the duration.`,
        },
      ],
    };
  }
  return { ok: true, scenario: result.data };
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The sizes that would make the full validation (and the run) slow, checked first
 * and cheaply: nodes and edges per scenario, and each node's lists (traffic steps,
 * bursts, poison records) against INPUT_LIMITS.
 */
export function checkInputLimits(input: unknown): ScenarioIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const { nodes, edges } = input as { nodes?: unknown; edges?: unknown };
  const issues: ScenarioIssue[] = [];
  if (Array.isArray(nodes) && nodes.length > ENGINE_LIMITS.maxNodes)
    issues.push({ path: 'nodes', message: `${count(nodes.length)} nodes; a scenario may have at most ${count(ENGINE_LIMITS.maxNodes)}` });
  if (Array.isArray(edges) && edges.length > ENGINE_LIMITS.maxEdges)
    issues.push({ path: 'edges', message: `${count(edges.length)} edges; a scenario may have at most ${count(ENGINE_LIMITS.maxEdges)}` });
  if (issues.length > 0 || !Array.isArray(nodes)) return issues;
  const max = INPUT_LIMITS.maxListEntries;
  nodes.forEach((node: unknown, i) => {
    const config = node && typeof node === 'object' ? (node as { config?: unknown }).config : undefined;
    if (!config || typeof config !== 'object') return;
    const traffic = (config as { traffic?: unknown }).traffic;
    const lists: [string[], unknown, string][] = [
      [['config', 'traffic', 'steps'], traffic && typeof traffic === 'object' ? (traffic as { steps?: unknown }).steps : undefined, 'traffic steps'],
      [['config', 'traffic', 'bursts'], traffic && typeof traffic === 'object' ? (traffic as { bursts?: unknown }).bursts : undefined, 'bursts'],
      [['config', 'poisonRecords'], (config as { poisonRecords?: unknown }).poisonRecords, 'poison records'],
    ];
    for (const [path, list, what] of lists)
      if (Array.isArray(list) && list.length > max)
        issues.push({ path: describePath(['nodes', i, ...path], input), message: `${count(list.length)} ${what}; a node may have at most ${count(max)}` });
  });
  return issues;
}

export function describeIssues(error: z.ZodError, input: unknown): ScenarioIssue[] {
  return error.issues.map((issue) => {
    // One unknown key is named in the path itself: `nodes[1] (api).config.memorySize`.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
    return { path: describePath(path, input), message: issue.message };
  });
}

function describePath(path: readonly PropertyKey[], input: unknown): string {
  let out = '';
  let here: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      here = Array.isArray(here) ? here[key] : undefined;
      // Nodes and edges go by their id; a variant by its name, and its changes by the node they change.
      const named = here && typeof here === 'object' ? (here as { id?: unknown; name?: unknown; nodeId?: unknown }) : undefined;
      const id = path[0] === 'variants' ? (named?.nodeId ?? named?.name) : named?.id;
      if (typeof id === 'string' && id.trim()) out += ` (${id})`;
    } else {
      out += (out ? '.' : '') + String(key);
      here = here && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || '(the file)';
}

export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

function formatCount(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(1)} billion` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : String(Math.round(n));
}
