/**
 * Charts take turns to redraw: one chart per turn, each about once a second.
 * A Recharts redraw costs tens of milliseconds (its own store updates
 * re-render the chart synchronously); charts that redraw on their own timers
 * fire together and React commits them as one long task, and every commit
 * repaints the page, which a large diagram makes dear. One chart per turn
 * bounds both the task and the number of repaints.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { runStore } from '../../store/useRunStore';

/** Each chart redraws about this often while the run moves. */
export const CHART_ROUND_MS = 1000;

interface Turn {
  /** Redraws if the chart is behind the run; false when it had nothing to do. */
  take(): boolean;
  /** Shows the run as it is now, without waiting for a turn (a pause, the end, a reset). */
  now(): void;
}

const turns: Turn[] = [];
let next = 0;
let timer: ReturnType<typeof setInterval> | null = null;
let unsubscribe: (() => void) | null = null;

function giveTurn(): void {
  for (let tried = 0; tried < turns.length; tried++) {
    const turn = turns[next % turns.length];
    next = (next + 1) % turns.length;
    if (turn.take()) return;
  }
}

/** Between charts catching up at once (a pause, the end, a reset): each chart's redraw is its own task. */
const CATCH_UP_STAGGER_MS = 40;
let catchUps: ReturnType<typeof setTimeout>[] = [];

function catchUpAll(): void {
  for (const pending of catchUps) clearTimeout(pending);
  catchUps = turns.map((turn, i) => setTimeout(() => turn.now(), i * CATCH_UP_STAGGER_MS));
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

/** Lines a chart draws at its full rate; a chart of more lines costs more and takes every other turn. */
export const LINES_AT_FULL_RATE = 4;

/**
 * The run's series version this chart should draw; changes on the chart's
 * turn, or at once when the run stops or resets. A chart of many lines
 * passes its turn until twice the round has gone by.
 */
export function useChartTurn(visible: boolean, lineCount: number): number {
  const [version, setVersion] = useState(() => runStore.getState().version);
  const drawn = useRef(version);
  const drawnAtMs = useRef(0);
  const minIntervalMs = lineCount > LINES_AT_FULL_RATE ? 2 * CHART_ROUND_MS : 0;
  useEffect(() => {
    if (!visible) return undefined;
    const turn: Turn = {
      take() {
        const current = runStore.getState().version;
        if (current === drawn.current) return false;
        const nowMs = performance.now();
        if (nowMs - drawnAtMs.current < minIntervalMs) return false;
        drawnAtMs.current = nowMs;
        drawn.current = current;
        startTransition(() => setVersion(current));
        return true;
      },
      now() {
        const current = runStore.getState().version;
        drawn.current = current;
        // A transition, not inside the Play or Reset press: React renders the charts in slices after it.
        startTransition(() => setVersion(current));
      },
    };
    // A chart scrolled back into view catches up at once.
    turn.now();
    turns.push(turn);
    stop();
    start();
    return () => {
      turns.splice(turns.indexOf(turn), 1);
      stop();
      if (turns.length > 0) start();
    };
  }, [visible, minIntervalMs]);
  return version;
}
