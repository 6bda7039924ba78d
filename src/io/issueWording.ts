import { NODE_KINDS, type ScenarioIssue } from '../model';

/** zod's words for an unknown discriminator, said the way a person would. */
export function plainIssue(issue: ScenarioIssue, json: unknown): ScenarioIssue {
  const match = /^nodes\[(\d+)\].*\.kind$/.exec(issue.path);
  if (!match || !issue.message.startsWith('Invalid discriminator')) return issue;
  const node = (json as { nodes?: unknown[] }).nodes?.[Number(match[1])];
  const kind = node && typeof node === 'object' ? (node as { kind?: unknown }).kind : undefined;
  return { path: issue.path, message: `unknown node kind ${JSON.stringify(kind)}; the kinds are ${NODE_KINDS.join(', ')}` };
}
