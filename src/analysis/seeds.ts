/** The seed of replication i (0-based) of a scenario whose seed is `seed`: replication 0 is the scenario itself. */
export function replicationSeed(seed: number, index: number): number {
  if (index === 0) return seed >>> 0;
  let z = ((seed >>> 0) + Math.imul(index, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
