/// <reference lib="webworker" />
/** The simulation worker: messages in, engine calls, frames out (see runLoop.ts for the pacing). */
import { createSimulation } from '../engine';
import type { ToWorker } from './protocol';
import { RunLoop } from './runLoop';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A MessageChannel yields to the message loop without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queued: Array<() => void> = [];
channel.port1.onmessage = () => queued.shift()?.();

const loop = new RunLoop({
  createSimulation,
  // A worker posts to its one owner: there is no target origin.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  post: (message, transfer = []) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  cores: navigator.hardwareConcurrency || 1,
  schedule: (callback, delayMs) => {
    if (delayMs > 0) {
      setTimeout(callback, delayMs);
      return;
    }
    queued.push(callback);
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<ToWorker>) => loop.handle(event.data);
