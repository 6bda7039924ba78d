/**
 * The preset files read from disk: Playwright's Node loader cannot import
 * JSON modules without import attributes, which Vite's bundling does not need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../src/model';

const folder = new URL('../src/scenarios/', import.meta.url);

export interface PresetFile {
  id: string;
  title: string;
  question: string;
  scenario: Scenario;
}

function load(id: string): PresetFile {
  const raw = JSON.parse(readFileSync(new URL(`${id}.json`, folder), 'utf8')) as { name: string; teaching: { question: string } };
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`preset ${id} does not parse`);
  return { id, title: raw.name, question: raw.teaching.question, scenario: parsed.scenario };
}

export const PRESET_FILES: readonly PresetFile[] = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => load(f.replace(/\.json$/, '')))
  .sort((a, b) => a.id.localeCompare(b.id));

export function presetFile(id: string): PresetFile {
  const found = PRESET_FILES.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

/** What a first visit opens (src/scenarios DEFAULT_SCENARIO). */
export const DEFAULT_SCENARIO: Scenario = presetFile('alb-reserved-concurrency').scenario;
