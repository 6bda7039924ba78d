/**
 * What the canvas reads for badges, warnings and flowing links: the run
 * state, republished at most four times a second. Worker frames arrive about
 * ten times a second; redrawing a large diagram's badges that often costs
 * more paint than it shows.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { createStore } from 'zustand/vanilla';
import type { RunState } from './runStore';
import { runStore } from './useRunStore';

/** Badges redraw at most this often. */
export const LIVE_REDRAW_MS = 250;
/**
 * A large diagram's badges redraw half as often: every redraw repaints the
 * whole canvas, whose cost grows with the number of nodes on it.
 */
export const LARGE_LIVE_REDRAW_MS = 500;
/** Live views (badges, warnings, links) above which a diagram counts as large. */
const LARGE_DIAGRAM_VIEWS = 200;
let views = 0;

const snapshot = createStore<{ run: RunState }>(() => ({ run: runStore.getState() }));

let timer: ReturnType<typeof setTimeout> | null = null;
runStore.subscribe((run, previous) => {
  // A reset, a new run or a status change shows at once; running numbers wait for the next redraw.
  if (run.status !== previous.status || run.loaded !== previous.loaded) {
    snapshot.setState({ run });
    return;
  }
  if (timer !== null) return;
  timer = setTimeout(() => {
    timer = null;
    snapshot.setState({ run: runStore.getState() });
  }, views > LARGE_DIAGRAM_VIEWS ? LARGE_LIVE_REDRAW_MS : LIVE_REDRAW_MS);
});

/**
 * One number (or flag) of the run for one node; the component re-renders only
 * when it changes. Updates are transitions: React renders a large diagram's
 * badges in slices between frames instead of in one long task.
 */
export function useLiveValue<T>(selector: (run: RunState) => T): T {
  const [value, setValue] = useState(() => selector(snapshot.getState().run));
  const latestSelector = useRef(selector);
  useEffect(() => {
    latestSelector.current = selector;
  });
  useEffect(() => {
    views++;
    const unsubscribe = snapshot.subscribe(({ run }) => {
      const next = latestSelector.current(run);
      startTransition(() => setValue(next));
    });
    return () => {
      views--;
      unsubscribe();
    };
  }, []);
  return value;
}
