import { CONFIG_SCHEMAS, accountSchema, type Scenario } from '../../model';

export interface SettingChange {
  /** `nodes.<id>.config.<field>` or `account.<field>`. */
  path: string;
  value: string;
  awsDefault: string;
}

const show = (v: unknown): string => JSON.stringify(v) ?? 'null';

/** The settings of a scenario that differ from what AWS (and the schema) uses by default. */
export function settingsDifferingFromDefaults(s: Scenario): SettingChange[] {
  const out: SettingChange[] = [];
  const account = accountSchema.parse({}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(s.account)) {
    if (show(value) !== show(account[key])) out.push({ path: `account.${key}`, value: show(value), awsDefault: show(account[key]) });
  }
  for (const node of s.nodes) {
    const defaults = CONFIG_SCHEMAS[node.kind].parse({}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(node.config)) {
      if (key === 'traffic' || key === 'poisonRecords') continue;
      if (show(value) !== show(defaults[key])) out.push({ path: `nodes.${node.id}.config.${key}`, value: show(value), awsDefault: show(defaults[key]) });
    }
  }
  for (const edge of s.edges) {
    for (const [key, value] of Object.entries(edge.config)) {
      if (value !== undefined) out.push({ path: `edges.${edge.id}.config.${key}`, value: show(value), awsDefault: '(mapping default)' });
    }
  }
  return out;
}
