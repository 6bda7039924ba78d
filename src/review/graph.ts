import type { Distribution, FunctionNode, Scenario, ScenarioEdge, ScenarioNode } from '../model';
import { trafficPeakRate } from '../model/traffic';

export const functionsOf = (s: Scenario): FunctionNode[] => s.nodes.filter((n): n is FunctionNode => n.kind === 'function');
export const nodeById = (s: Scenario, id: string): ScenarioNode | undefined => s.nodes.find((n) => n.id === id);
export const triggersInto = (s: Scenario, fnId: string): ScenarioEdge[] => s.edges.filter((e) => e.kind === 'trigger' && e.target === fnId);
export const edgesFrom = (s: Scenario, id: string, kind?: ScenarioEdge['kind']): ScenarioEdge[] =>
  s.edges.filter((e) => e.source === id && (!kind || e.kind === kind));

/** The mean of a distribution, in its unit. Lognormal from p50 and p99: σ = ln(p99/p50)/2.326, mean = p50·e^(σ²/2). */
export function meanOf(d: Distribution): number {
  switch (d.distribution) {
    case 'fixed':
      return d.value;
    case 'exponential':
      return d.mean;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'lognormal': {
      const sigma = Math.log(d.p99 / d.p50) / 2.326;
      return d.p50 * Math.exp((sigma * sigma) / 2);
    }
  }
}

/** The 99th percentile of a distribution: exponential −ln(0.01)·mean = 4.605·mean. */
export function p99Of(d: Distribution): number {
  switch (d.distribution) {
    case 'fixed':
      return d.value;
    case 'exponential':
      return d.mean * Math.log(100);
    case 'uniform':
      return d.min + 0.99 * (d.max - d.min);
    case 'lognormal':
      return d.p99;
  }
}

/** Peak events per second a node produces on its own (its traffic), 0 when it has none. */
export function peakRateOf(node: ScenarioNode): number {
  return 'traffic' in node.config ? trafficPeakRate(node.config.traffic) : 0;
}

/** Peak invocations per second arriving at a function from the sources that trigger it directly (batches count one record each). */
export function peakRateInto(s: Scenario, fnId: string): number {
  let rate = 0;
  for (const e of triggersInto(s, fnId)) {
    const source = nodeById(s, e.source);
    if (source) rate += peakRateOf(source);
  }
  return rate;
}

/** Little's law: concurrency a function needs at its peak = arrival rate × mean duration. */
export function peakConcurrencyNeeded(s: Scenario, fn: FunctionNode): number {
  return (peakRateInto(s, fn.id) * meanOf(fn.config.durationMs)) / 1000;
}

/** A copy of the scenario with one node's config changed. */
export function withNodeConfig<N extends ScenarioNode>(s: Scenario, id: string, change: (config: N['config']) => N['config']): Scenario {
  return {
    ...s,
    nodes: s.nodes.map((n) => (n.id === id ? ({ ...n, config: change(n.config as N['config']) } as ScenarioNode) : n)),
  };
}

/** A copy of the scenario with one edge's config changed. */
export function withEdgeConfig(s: Scenario, id: string, change: (config: ScenarioEdge['config']) => ScenarioEdge['config']): Scenario {
  return { ...s, edges: s.edges.map((e) => (e.id === id ? { ...e, config: change(e.config) } : e)) };
}

export const labelOf = (n: ScenarioNode): string => n.label || n.id;
