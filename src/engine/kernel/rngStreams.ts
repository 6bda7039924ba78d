import { SeededRng } from './rng';

/** What a stream of random numbers is for, so that two uses on one node never share it. */
export type StreamPurpose = 'arrivals' | 'node' | 'requests' | 'edges' | 'failures' | 'tenants';

/**
 * Common random numbers: each (seed, node id, purpose) gets its own stream, so
 * two variants of a scenario that agree on a node draw the same numbers there,
 * whatever the other nodes do. The seed of a stream is an FNV-1a hash of the
 * node id and purpose, mixed with the run's seed; the same inputs give the same
 * stream in Node and in every browser (32-bit integer arithmetic only).
 */
export function streamSeed(seed: number, nodeId: string, purpose: StreamPurpose): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const key = `${purpose}\u0000${nodeId}`;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= Math.imul(seed >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

export function rngStream(seed: number, nodeId: string, purpose: StreamPurpose): SeededRng {
  return new SeededRng(streamSeed(seed, nodeId, purpose));
}
