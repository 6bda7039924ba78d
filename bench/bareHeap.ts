import { EventQueue, type EventTarget } from '../src/engine/kernel/eventQueue';
import { SeededRng } from '../src/engine/kernel/rng';

/**
 * The ceiling: the same Poisson arrivals and exponential completions through
 * the same binary heap, with nothing else (no environments, limits, metrics).
 * Returns the completions simulated.
 */
export function bareHeapLoop(ratePerSecond: number, meanDurationMs: number, seconds: number, seed: number): number {
  const queue = new EventQueue();
  const rng = new SeededRng(seed);
  const endMs = seconds * 1000;
  const gapMs = 1000 / ratePerSecond;
  let completions = 0;
  const completion: EventTarget = { fire: () => completions++ };
  const arrival: EventTarget = {
    fire: () => {
      queue.push(now + rng.exponential(meanDurationMs), completion, 0);
      const next = now + rng.exponential(gapMs);
      if (next < endMs) queue.push(next, arrival, 0);
    },
  };
  let now = 0;
  queue.push(rng.exponential(gapMs), arrival, 0);
  while (queue.pop()) {
    now = queue.poppedTimeMs;
    queue.poppedTarget!.fire(queue.poppedArg);
  }
  return completions;
}
