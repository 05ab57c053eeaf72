import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ContentFile } from './frontmatter.ts';
import type { CorpusFacts, DocumentFinish, DocumentRead } from './documents.ts';

/*
 * Parsing and compiling are most of a build's first minute at thousands of entries, and they run one document
 * at a time on one core while the machine has more. A DocumentStore in a worker thread takes a share of the
 * files. The model stays synchronous for its callers (the Astro hook, the loader, `npm run check`): the main
 * thread does its own share, then sleeps on a shared counter until each worker has answered, and takes the
 * answer off the port without the event loop (receiveMessageOnPort).
 */

/** Below this many files, starting a thread (its own copy of the pipeline's modules) costs more than it saves. */
export const PARALLEL_FROM = 200;

export type StoreRequest = { kind: 'read'; files: ContentFile[] } | { kind: 'finish'; files: string[]; facts: CorpusFacts };
export type StoreReply = { result: DocumentRead[] | DocumentFinish[] } | { error: string };

/** How many worker threads to start for `files` documents: one fewer than the cores, since the main thread works too. */
export function workerCount(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (files < PARALLEL_FROM) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3, Math.floor(files / PARALLEL_FROM)));
}

// Resolved at run time rather than by `new URL('./…', import.meta.url)`, which Vite would try to bundle: when
// this module is bundled into the pages, the file is not there, and the model is built in the main thread.
const WORKER_FILE = fileURLToPath(import.meta.url).replace(/parallel\.(ts|js|mjs)$/, 'documents-worker.ts');

/** A DocumentStore running in a worker thread, driven synchronously. */
export class WorkerStore {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #signal = new Int32Array(new SharedArrayBuffer(4));

  static available(): boolean {
    return WORKER_FILE.endsWith('documents-worker.ts') && existsSync(WORKER_FILE);
  }

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    this.#worker = new Worker(WORKER_FILE, { workerData: { port: port2, signal: this.#signal }, transferList: [port2] });
    // The worker holds no resources of its own; it must not keep a finished `npm run check` alive.
    this.#worker.unref();
  }

  send(request: StoreRequest): void {
    this.#worker.postMessage(request);
  }

  /** Waits for the answer to the last request. */
  receive<T extends DocumentRead[] | DocumentFinish[]>(): T {
    const deadline = Date.now() + 15 * 60_000;
    for (;;) {
      const seen = Atomics.load(this.#signal, 0);
      const got = receiveMessageOnPort(this.#port) as { message: StoreReply } | undefined;
      if (got) {
        if ('error' in got.message) throw new Error(`the content worker failed: ${got.message.error}`);
        return got.message.result as T;
      }
      if (Date.now() > deadline) throw new Error('the content worker gave no answer in 15 minutes');
      Atomics.wait(this.#signal, 0, seen, 1000);
    }
  }

  close(): void {
    void this.#worker.terminate();
  }
}
