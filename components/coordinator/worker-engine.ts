/** The engine in a worker (the page); falls back to this thread where workers cannot start. */
import type { CoordinatorModel } from '../../lib/journal/coordinator';
import { createEngine, type CoordinatorEngine, type LoadProgress, type LoadResult } from './engine';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

type Pending = { resolve(value: unknown): void; reject(error: Error): void; progress?: (progress: LoadProgress) => void };

export function workerEngine(): CoordinatorEngine {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.warn('[Saring] no worker; reading report files on the page', error);
    return createEngine();
  }
  let nextId = 1;
  const pending = new Map<number, Pending>();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') return waiting.progress?.(reply.progress);
    pending.delete(reply.id);
    if (reply.type === 'failed') return waiting.reject(new Error(reply.message));
    waiting.resolve(reply.type === 'added' ? reply.result : reply.type === 'model' ? reply.model : undefined);
  };
  const send = <T>(request: WorkerRequest, progress?: (progress: LoadProgress) => void) =>
    new Promise<T>((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as (value: unknown) => void, reject, progress });
      worker.postMessage(request);
    });
  return {
    add: (files, onProgress) => send<LoadResult>({ type: 'add', id: nextId++, files: files as File[] }, onProgress),
    summarize: (query) => send<CoordinatorModel>({ type: 'summarize', id: nextId++, query }),
    clear: () => send<void>({ type: 'clear', id: nextId++ }),
  };
}
