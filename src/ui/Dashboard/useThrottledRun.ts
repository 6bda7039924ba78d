/**
 * Dashboard views redraw a few times a second, not on every worker frame:
 * Recharts is the main thread's largest cost, and a chart cannot show more
 * than the eye follows. Each view runs its own timer, so views redraw in
 * separate tasks instead of one long one.
 */
import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { RunState } from '../../store/runStore';
import { runStore } from '../../store/useRunStore';

export function useThrottledRun<T>(selector: (state: RunState) => T, intervalMs: number, enabled = true): T {
  const [value, setValue] = useState(() => selector(runStore.getState()));
  useEffect(() => {
    if (!enabled) return undefined;
    setValue(selector(runStore.getState()));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = runStore.subscribe((run, previous) => {
      // A run that ends, pauses or resets shows its final numbers at once.
      if (run.status !== previous.status || run.loaded !== previous.loaded) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        setValue(selector(run));
        return;
      }
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        // A transition: React renders the views in slices between frames, not in one long task.
        const next = selector(runStore.getState());
        startTransition(() => setValue(next));
      }, intervalMs);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
    // The selector is a stable module-level function in every caller.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [intervalMs, enabled]);
  return value;
}

/** Whether the element is on screen: charts scrolled out of view do not redraw. */
export function useOnScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}
