/** A practice attempt as progress keeps it. */
import type { Platform } from '../checks/types';

export interface ProgressAttempt {
  id: string;
  at: number;
  exerciseId: string;
  platform: Platform;
  score: number;
  found: number;
  fixed: number;
  total: number;
  hintsUsed: number;
  seconds: number;
  trainee?: string;
}
