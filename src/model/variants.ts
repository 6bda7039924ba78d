/**
 * Variants: other designs of the same diagram, for comparing on the same
 * traffic. A variant is a name and the changes it makes to node configs; the
 * scenario itself is design A. Each change is a shallow patch of one node's
 * config (its keys replace the node's), validated against that node's kind.
 */
import { z } from './zodConfig';
import type { ScenarioNode } from './nodes';
import type { Scenario } from './scenario';

/** Designs compared at once: the scenario itself and up to three variants (B, C, D). */
export const MAX_VARIANTS = 3;

export const variantChangeSchema = z.strictObject({
  nodeId: z.string().min(1, 'a change names the node it changes'),
  /** The keys of the node's config this variant sets; the rest stay as the diagram has them. */
  config: z.record(z.string(), z.unknown()),
});

export const variantSchema = z.strictObject({
  name: z.string().trim().min(1, 'a variant needs a name').max(60),
  changes: z.array(variantChangeSchema).max(200),
});

export const variantsSchema = z
  .array(variantSchema)
  .max(MAX_VARIANTS, `at most ${MAX_VARIANTS} variants: the scenario itself is design A, and up to three more are compared with it`);

export type VariantChange = z.infer<typeof variantChangeSchema>;
export type Variant = z.infer<typeof variantSchema>;

/** The letter a design goes by in tables and sentences: A is the scenario itself, B the first variant. */
export const designLetter = (index: number): string => String.fromCharCode(65 + index);

/**
 * The node with the variant's change applied (unvalidated: the scenario schema
 * checks the result). A function whose memory changes keeps its duration stated
 * at the memory it had, as a memory sweep does: otherwise the same handler would
 * be assumed to take as long at every size.
 */
export function changedNode(node: ScenarioNode, change: VariantChange): ScenarioNode {
  const config: Record<string, unknown> = { ...node.config, ...change.config };
  if (node.kind === 'function' && 'memoryMB' in change.config && !('referenceMemoryMB' in change.config) && node.config.referenceMemoryMB === undefined)
    config.referenceMemoryMB = node.config.memoryMB;
  return { ...node, config } as ScenarioNode;
}

/** The nodes of design `variant`: each change applied to the node it names (changes of missing nodes are skipped). */
export function variantNodes(nodes: readonly ScenarioNode[], variant: Variant): ScenarioNode[] {
  const byNode = new Map(variant.changes.map((c) => [c.nodeId, c]));
  return nodes.map((n) => {
    const change = byNode.get(n.id);
    return change ? changedNode(n, change) : n;
  });
}

/**
 * The scenario as design `variant` has it: the same seed, duration and traffic
 * (so every node draws the same random numbers where it agrees with A: common
 * random numbers), its own node configs, and no variants of its own.
 */
export function applyVariant(scenario: Scenario, variant: Variant): Scenario {
  const { variants: _variants, ...rest } = scenario;
  return { ...rest, nodes: variantNodes(scenario.nodes, variant) };
}

/** The scenario without its variants: design A. */
export function baseDesign(scenario: Scenario): Scenario {
  const { variants: _variants, ...rest } = scenario;
  return rest;
}
