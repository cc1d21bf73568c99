// The IndexedDB repository (lib/store/progress-repo.ts) and the background handlers
// (entrypoints/background/progress.ts) of practice mode, tested here with the rest of practice mode.
import { describe, expect, it } from 'vitest';
import { freshDb, NOW } from '../store/testing';
import { createProgressRepo } from '../store/progress-repo';
import { progressHandlers } from '../../entrypoints/background/progress';
import type { BackgroundDeps } from '../../entrypoints/background/deps';
import type { ProgressAttempt, UiSettings } from '../messaging/protocol';
import type { ProgressStore } from './port';

const ATTEMPT: ProgressAttempt = {
  id: 'x1', at: NOW, exerciseId: 'latihan-ejaan-imbauan', platform: 'instagram',
  score: 90, found: 3, fixed: 3, total: 3, hintsUsed: 1, seconds: 75, trainee: 'Siti',
};

describe('progress repository', () => {
  it('keeps attempts, oldest first, and replaces them all at once', async () => {
    const { db } = await freshDb();
    const repo = createProgressRepo(db);
    await repo.add({ ...ATTEMPT, id: 'late', at: NOW + 5 });
    await repo.add(ATTEMPT);
    expect((await repo.all()).map((a) => a.id)).toEqual(['x1', 'late']);
    await repo.replaceAll([{ ...ATTEMPT, id: 'only' }]);
    expect(await repo.all()).toEqual([{ ...ATTEMPT, id: 'only' }]);
    db.close();
  });

  it('indexes attempts by exercise', async () => {
    const { db } = await freshDb();
    await createProgressRepo(db).add(ATTEMPT);
    expect(await db.countFromIndex('progress', 'exerciseId', 'latihan-ejaan-imbauan')).toBe(1);
    db.close();
  });
});

function memoryDeps(): { deps: BackgroundDeps; ui: () => UiSettings; bumps: () => number } {
  const attempts: ProgressAttempt[] = [];
  const progress: ProgressStore = {
    add: async (a) => void attempts.push(a),
    all: async () => [...attempts],
    replaceAll: async (list) => void attempts.splice(0, attempts.length, ...list),
  };
  let ui: UiSettings = {
    lang: 'auto', activeProfiles: {}, panel: { collapsed: false, side: 'right', offsetY: 0 },
    journal: { fullCaption: false, reminders: true }, tourSeen: false,
  };
  let bumps = 0;
  const deps: BackgroundDeps = {
    now: () => NOW,
    lang: async () => 'id',
    readUi: async () => ui,
    writeUi: async (next) => void (ui = next),
    bumpRevision: async () => void (bumps += 1),
    effective: async () => {
      throw new Error('not used');
    },
    journal: {
      put: async () => undefined, get: async () => undefined, delete: async () => false,
      range: async () => [], all: async () => [], replaceAll: async () => undefined,
    },
    progress,
  };
  return { deps, ui: () => ui, bumps: () => bumps };
}

describe('progress handlers', () => {
  it('records an attempt with an id and the time, and lists it', async () => {
    const { deps } = memoryDeps();
    const handlers = progressHandlers(deps);
    const { id, at: _at, ...payload } = ATTEMPT;
    const reply = await handlers['progress:record'](payload, {});
    expect(reply.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await handlers['progress:list']({}, {})).toEqual([{ ...payload, id: reply.id, at: NOW }]);
    expect(id).toBe('x1');
  });

  it('remembers that the tour was seen and tells open pages', async () => {
    const { deps, ui, bumps } = memoryDeps();
    const next = await progressHandlers(deps)['progress:tour-seen']({ seen: true }, {});
    expect(next.tourSeen).toBe(true);
    expect(ui().tourSeen).toBe(true);
    expect(bumps()).toBe(1);
  });
});
