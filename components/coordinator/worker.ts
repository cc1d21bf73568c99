/**
 * The coordinator page's worker: reads and adds up report files off the page's thread. Messages
 * come only from the page that started it (same extension origin).
 */
import { createEngine, type ReportSource } from './engine';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const engine = createEngine();
const scope = self as unknown as { postMessage(message: WorkerReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = (event) => {
  const request = event.data;
  const reply = (message: WorkerReply) => scope.postMessage(message);
  const run = async () => {
    if (request.type === 'add') {
      const result = await engine.add(request.files as ReportSource[], (progress) => reply({ type: 'progress', id: request.id, progress }));
      reply({ type: 'added', id: request.id, result });
    } else if (request.type === 'summarize') {
      reply({ type: 'model', id: request.id, model: await engine.summarize(request.query) });
    } else if (request.type === 'clear') {
      await engine.clear();
      reply({ type: 'cleared', id: request.id });
    }
  };
  run().catch((error: unknown) => reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }));
};
