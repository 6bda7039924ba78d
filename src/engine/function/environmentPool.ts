import type { SeededRng } from '../kernel/rng';
import type { ExecutionEnvironment } from './executionEnvironment';

export type Routing = 'newest' | 'mostRecentlyUsed' | 'random';

/**
 * The idle on-demand environments of one function, and which one takes the
 * next request. AWS documents no rule (§2.2): `newest` (the most recently
 * created) is the policy validated against measurements and the default;
 * `mostRecentlyUsed` and `random` are offered for comparison. With `newest`,
 * surplus older environments stay idle until their keep-alive reaps them.
 */
export class IdlePool {
  /** newest: sorted by serial ascending; mostRecentlyUsed: a stack; random: unordered. */
  private items: ExecutionEnvironment[] = [];

  constructor(
    public routing: Routing,
    private readonly rng: SeededRng,
  ) {}

  get size(): number {
    return this.items.length;
  }

  put(env: ExecutionEnvironment): void {
    const items = this.items;
    if (this.routing === 'newest') {
      // Usually the newest comes back last: insert from the top.
      // Insertion from the top without splice (splice allocates the array it returns).
      let i = items.length;
      items.push(env);
      while (i > 0 && items[i - 1].serial > env.serial) {
        items[i] = items[i - 1];
        i--;
      }
      items[i] = env;
    } else {
      items.push(env);
    }
  }

  /** Takes the environment the policy picks that is still alive at `nowMs`; expired ones go to `retire`. */
  take(nowMs: number, retire: (env: ExecutionEnvironment) => void): ExecutionEnvironment | null {
    const items = this.items;
    while (items.length > 0) {
      let env: ExecutionEnvironment;
      if (this.routing === 'random') {
        const i = this.rng.int(items.length);
        env = items[i];
        items[i] = items[items.length - 1];
        items.pop();
      } else {
        env = items.pop()!;
      }
      if (env.expiresAtMs <= nowMs) retire(env);
      else return env;
    }
    return null;
  }

  /** Reaps every environment whose keep-alive or lifetime has run out. */
  sweep(nowMs: number, retire: (env: ExecutionEnvironment) => void): void {
    const items = this.items;
    let kept = 0;
    for (let i = 0; i < items.length; i++) {
      const env = items[i];
      if (env.expiresAtMs <= nowMs) retire(env);
      else items[kept++] = env;
    }
    items.length = kept;
  }

  /** Removes and returns every idle environment (a configuration change resets them). */
  drain(): ExecutionEnvironment[] {
    const out = this.items;
    this.items = [];
    return out;
  }

  setRouting(routing: Routing): void {
    if (routing === this.routing) return;
    this.routing = routing;
    if (routing === 'newest') this.items.sort((a, b) => a.serial - b.serial);
  }
}
