import type { Scenario } from '../model';

/** The scenario with every function (or the one named) set to `memoryMB`, its duration stated at the memory it had. */
export function atMemory(scenario: Scenario, memoryMB: number, functionId?: string): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) =>
      n.kind === 'function' && (functionId === undefined || n.id === functionId)
        ? { ...n, config: { ...n.config, referenceMemoryMB: n.config.referenceMemoryMB ?? n.config.memoryMB, memoryMB } }
        : n,
    ),
  };
}

/** Parses `memoryMB=128,512,1769`: the list of sizes, or a message saying what is wrong. */
export function parseSweep(spec: string): { ok: true; memoryMB: number[] } | { ok: false; message: string } {
  const m = /^memoryMB=(.+)$/.exec(spec);
  if (!m) return { ok: false, message: `--sweep expects memoryMB=128,512,... (got "${spec}")` };
  const sizes = m[1].split(',').map((s) => Number(s.trim()));
  const bad = sizes.find((s) => !Number.isInteger(s) || s < 128 || s > 10240);
  if (bad !== undefined) return { ok: false, message: `--sweep: every memory size is a whole number of MB from 128 to 10,240 (got "${m[1]}")` };
  return { ok: true, memoryMB: sizes };
}
