/**
 * Charts take turns to redraw: one chart per turn, and all of them draw the
 * same frame of the run. A Recharts redraw costs tens of milliseconds (its own
 * store updates re-render the chart synchronously); charts that redraw on
 * their own timers fire together and React commits them as one long task, and
 * every commit repaints the page, which a large diagram makes dear. One chart
 * per turn bounds both the task and the number of repaints.
 *
 * The frame (the run's version and clock) moves on only once every chart on
 * screen has drawn it, so the charts never drift apart: at most one frame
 * between them while a run moves, and the very same frame once it stops.
 */
import { startTransition, useEffect, useState } from 'react';
import { runStore } from '../../store/useRunStore';

/** Each chart redraws about this often while the run moves. */
export const CHART_ROUND_MS = 1000;

/** Lines a chart draws at its full rate; with a chart of more lines on screen, frames come every other round. */
export const LINES_AT_FULL_RATE = 4;

/** What every chart draws: the series table as of `version`, up to the run's clock then. */
export interface ChartFrame {
  version: number;
  clockMs: number;
}

interface Turn {
  /** Draws the frame. */
  draw(frame: ChartFrame): void;
  busy: boolean;
}

const turns: Turn[] = [];
const drawn = new Set<Turn>();
let frame: ChartFrame = { version: -1, clockMs: 0 };
let frameTakenAtMs = 0;
let next = 0;
let timer: ReturnType<typeof setInterval> | null = null;
let unsubscribe: (() => void) | null = null;

function takeFrame(): void {
  const { version, clockMs } = runStore.getState();
  frame = { version, clockMs };
  frameTakenAtMs = performance.now();
  drawn.clear();
}

function giveTurn(): void {
  if (turns.length === 0) return;
  if (turns.every((t) => drawn.has(t))) {
    const minIntervalMs = turns.some((t) => t.busy) ? 2 * CHART_ROUND_MS : CHART_ROUND_MS;
    if (runStore.getState().version === frame.version || performance.now() - frameTakenAtMs < minIntervalMs) return;
    takeFrame();
  }
  for (let tried = 0; tried < turns.length; tried++) {
    const turn = turns[next % turns.length];
    next = (next + 1) % turns.length;
    if (drawn.has(turn)) continue;
    drawn.add(turn);
    turn.draw(frame);
    return;
  }
}

/** Between charts catching up at once (a pause, the end, a reset): each chart's redraw is its own task. */
const CATCH_UP_STAGGER_MS = 40;
let catchUps: ReturnType<typeof setTimeout>[] = [];

function catchUpAll(): void {
  for (const pending of catchUps) clearTimeout(pending);
  takeFrame();
  const shown = frame;
  catchUps = turns.map((turn, i) =>
    setTimeout(() => {
      drawn.add(turn);
      turn.draw(shown);
    }, i * CATCH_UP_STAGGER_MS),
  );
}

function start(): void {
  timer = setInterval(giveTurn, CHART_ROUND_MS / Math.max(1, turns.length));
  unsubscribe = runStore.subscribe((run, previous) => {
    // Pressing Play shows nothing new: the charts already show the run as it stands, and their turns begin.
    if (run.loaded !== previous.loaded || (run.status !== previous.status && run.status !== 'running')) catchUpAll();
  });
}

function stop(): void {
  if (timer !== null) clearInterval(timer);
  unsubscribe?.();
  // Catch-ups already planned still run: a chart that mounts meanwhile must not leave the others behind.
  timer = null;
  unsubscribe = null;
}

/**
 * The frame this chart draws: it changes on the chart's turn, or at once
 * when the run stops or resets. A chart that comes on screen draws the frame
 * the others show.
 */
export function useChartFrame(visible: boolean, lineCount: number): ChartFrame {
  const [shown, setShown] = useState<ChartFrame>(() => {
    const { version, clockMs } = runStore.getState();
    return frame.version < 0 ? { version, clockMs } : frame;
  });
  const busy = lineCount > LINES_AT_FULL_RATE;
  useEffect(() => {
    if (!visible) return undefined;
    const turn: Turn = {
      busy,
      draw(wanted) {
        // A transition, not inside the Play or Reset press: React renders the charts in slices after it.
        startTransition(() => setShown((current) => (current.version === wanted.version && current.clockMs === wanted.clockMs ? current : wanted)));
      },
    };
    // The first chart on screen takes the run as it is; the others join its frame.
    if (turns.length === 0) takeFrame();
    turn.draw(frame);
    drawn.add(turn);
    turns.push(turn);
    stop();
    start();
    return () => {
      turns.splice(turns.indexOf(turn), 1);
      drawn.delete(turn);
      stop();
      if (turns.length > 0) start();
    };
  }, [visible, busy]);
  return shown;
}
