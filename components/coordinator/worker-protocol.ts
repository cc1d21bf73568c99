import type { CoordinatorModel, CoordinatorQuery } from '../../lib/journal/coordinator';
import type { LoadProgress, LoadResult } from './engine';

export type WorkerRequest =
  | { type: 'add'; id: number; files: File[] }
  | { type: 'summarize'; id: number; query: CoordinatorQuery }
  | { type: 'clear'; id: number };

export type WorkerReply =
  | { type: 'progress'; id: number; progress: LoadProgress }
  | { type: 'added'; id: number; result: LoadResult }
  | { type: 'model'; id: number; model: CoordinatorModel }
  | { type: 'cleared'; id: number }
  | { type: 'failed'; id: number; message: string };
