/** Starts the simulation worker and carries messages both ways; the run store is its only user. */
import type { FromWorker, ToWorker } from './protocol';

export interface WorkerClient {
  send(message: ToWorker): void;
  terminate(): void;
}

export interface WorkerClientHandlers {
  onMessage(message: FromWorker): void;
  /** The worker could not start or threw outside the engine's own error handling. */
  onFailure(message: string): void;
}

export function createWorkerClient(handlers: WorkerClientHandlers): WorkerClient {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => handlers.onMessage(event.data);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    handlers.onFailure(event.message || 'The simulation worker failed to start or stopped unexpectedly.');
  };
  worker.onmessageerror = () => handlers.onFailure('A message from the simulation worker could not be read.');
  return {
    // A dedicated worker's postMessage takes no target origin.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}
