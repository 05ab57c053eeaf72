// A DocumentStore in a worker thread (see ./parallel.ts). Every failure, the pipeline's modules failing to load
// included, is answered as a message: the main thread waits on the port, not on the worker's events.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { DocumentStore } from './documents.ts';
import type { StoreReply, StoreRequest } from './parallel.ts';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
let store: DocumentStore | undefined;

function reply(message: StoreReply): void {
  try {
    port.postMessage(message);
  } catch (err) {
    port.postMessage({ error: `its answer could not be sent: ${String(err)}` });
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

parentPort!.on('message', (request: StoreRequest) => {
  void (async () => {
    try {
      store ??= new (await import('./documents.ts')).DocumentStore();
      reply({
        result: request.kind === 'read' ? request.files.map((f) => store!.read(f)) : store.finish(request.files, request.facts),
      });
    } catch (err) {
      reply({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  })();
});
