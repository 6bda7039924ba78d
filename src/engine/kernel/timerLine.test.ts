import { describe, expect, it } from 'vitest';
import { SimKernel } from './kernel';
import { MAX_LANES } from './eventQueue';
import { SeededRng } from './rng';

/**
 * A script of timers of one delay, some cancelled, among other events at the
 * same instants (fixed delays make ties). Run with one `after` per timer and
 * with a TimerLine: what fires, when and in which order must be the same.
 */
function script(useLine: boolean, lanesTaken: number): string[] {
  const kernel = new SimKernel();
  for (let i = 0; i < lanesTaken; i++) kernel.createLane();
  const rng = new SeededRng(42);
  const log: string[] = [];
  const delay = 5;
  const line = kernel.timerLine<number>(delay, (id) => log.push(`${kernel.now} timeout ${id}`));
  const cancels: (() => void)[] = [];
  let next = 0;
  for (let t = 0; t < 200; t++) {
    kernel.at(t, () => {
      const n = Math.floor(rng.next() * 3);
      for (let k = 0; k < n; k++) {
        const id = next++;
        if (useLine) {
          const handle = line.set(id);
          cancels.push(() => line.cancel(handle));
        } else {
          const timer = kernel.after(delay, () => log.push(`${kernel.now} timeout ${id}`));
          cancels.push(() => timer.cancel());
        }
        // Another event at the very instant the timer is due, scheduled after it: it must run after the timeout.
        kernel.after(delay, () => log.push(`${kernel.now} other ${id}`));
      }
      // Cancel a random earlier timer now and then (as an answer arriving before the deadline would).
      if (cancels.length > 0 && rng.next() < 0.6) cancels[Math.floor(rng.next() * cancels.length)]();
    });
  }
  while (kernel.step(Infinity));
  return log;
}

describe('a timer line', () => {
  it('fires exactly what one event per timer would, in the same order, on its own lane', () => {
    const expected = script(false, 0);
    expect(expected.filter((l) => l.includes('timeout')).length).toBeGreaterThan(50);
    expect(script(true, 0)).toEqual(expected);
  });

  it('and through the heap when every lane is taken', () => {
    expect(script(true, MAX_LANES)).toEqual(script(false, MAX_LANES));
  });

  it('leaves nothing in the event queue once its timers are cancelled', () => {
    const kernel = new SimKernel();
    const line = kernel.timerLine<number>(60_000, () => undefined);
    const handles = Array.from({ length: 1000 }, (_, i) => line.set(i));
    expect(kernel.queue.size).toBe(1);
    for (const h of handles) line.cancel(h);
    expect(kernel.queue.size).toBe(0);
  });
});
