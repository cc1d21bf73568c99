import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePack } from '../presets';
import type { Exercise } from '../presets/types';
import { BUILTIN_EXERCISES } from './exercises';
import { exerciseCatalog, startable } from './catalog';
import { fallbackPreset, presetFor } from './preset';
import { PRACTICE_PROFILE } from './institution';

const root = new URL('../../', import.meta.url);

function exercise(id: string, level: Exercise['level'], extra: Partial<Exercise> = {}): Exercise {
  return { id, title: { id }, level, platform: 'facebook', caption: 'x', goal: { kind: 'fix-errors' }, hints: [], ...extra };
}

describe('exercise catalog', () => {
  it("lists the built-in exercises first, then the pack's, easiest first, then the expired ones as expired, without id clashes", () => {
    const pack = [
      exercise('kelas-sulit', 'sulit'),
      exercise('kelas-mudah', 'mudah'),
      exercise('kelas-lama', 'mudah', { expires: '2024-01-01' }),
      exercise('kelas-hari-ini', 'sedang', { expires: '2025-03-19' }),
      exercise(BUILTIN_EXERCISES[0]!.id, 'mudah'),
    ];
    const catalog = exerciseCatalog(pack, '2025-03-19');
    expect(catalog.slice(0, BUILTIN_EXERCISES.length).every((e) => e.source === 'builtin')).toBe(true);
    const rest = catalog.slice(BUILTIN_EXERCISES.length);
    expect(rest.map((e) => [e.exercise.id, e.expired ?? false])).toEqual([
      ['kelas-mudah', false],
      ['kelas-hari-ini', false],
      ['kelas-sulit', false],
      ['kelas-lama', true],
    ]);
    expect(startable(catalog).some((e) => e.exercise.id === 'kelas-lama')).toBe(false);
  });

  it('a live exercise wins over an expired one with the same id, and an expired one is listed once', () => {
    const old = exercise('kelas-a', 'mudah', { expires: '2024-01-01', caption: 'lama' });
    const catalog = exerciseCatalog([old, old, exercise('kelas-a', 'mudah', { caption: 'baru' }), exercise('kelas-b', 'mudah', { expires: '2024-01-01' }), exercise('kelas-b', 'mudah', { expires: '2024-02-01' })], '2025-03-19');
    const rest = catalog.slice(BUILTIN_EXERCISES.length);
    expect(rest.map((e) => [e.exercise.id, e.exercise.caption, e.expired ?? false])).toEqual([
      ['kelas-a', 'baru', false],
      ['kelas-b', 'x', true],
    ]);
  });
});

describe('practice preset', () => {
  it('keeps the practice institution in free practice and built-in exercises; a class pack with its own institution uses it', () => {
    const real = { ...fallbackPreset(), profiles: [], activeProfileId: null, glossary: [] };
    expect(presetFor(real, null, 'tiktok').profiles).toEqual([PRACTICE_PROFILE]);
    expect(presetFor(real, { exercise: exercise('k', 'mudah'), source: 'pack' }, 'tiktok').profiles).toEqual([PRACTICE_PROFILE]);
    const classPack = { ...real, profiles: [{ ...PRACTICE_PROFILE, id: 'kelas', officialName: 'Pemkot Kelas' }] };
    expect(presetFor(classPack, { exercise: exercise('k', 'mudah'), source: 'pack' }, 'tiktok')).toBe(classPack);
    const builtin = presetFor(real, { exercise: BUILTIN_EXERCISES[0]!, source: 'builtin' }, 'tiktok');
    expect(builtin.profiles).toEqual([PRACTICE_PROFILE]);
    expect(builtin.ui.activeProfiles.tiktok).toBe(PRACTICE_PROFILE.id);
    expect(builtin.templates.some((t) => t.id === 'laporan-kegiatan')).toBe(true);
  });
});

describe('class pack examples', () => {
  it('the browser suite fixture is a valid pack with exercises', () => {
    const parsed = parsePack(readFileSync(new URL('tests/fixtures/packs/bimtek-class.json', root), 'utf8'), 'en');
    expect(parsed.ok && parsed.pack.exercises?.length).toBe(2);
  });

  it('the fix-all fixture is a valid pack: one exercise allows "fix all", one has expired', () => {
    const parsed = parsePack(readFileSync(new URL('tests/fixtures/packs/bimtek-fix-all.json', root), 'utf8'), 'en');
    expect(parsed.ok ? parsed.pack.exercises?.map((e) => [e.id, e.fixAll ?? false, e.expires ?? '']) : parsed.errors).toEqual([
      ['kelas-kenal-perbaiki-semua', true, ''],
      ['kelas-lama-berakhir', false, '2024-12-31'],
    ]);
  });

  it("the README's example for trainers is a valid pack", () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const section = readme.slice(readme.indexOf('<!-- practice:start -->'), readme.indexOf('<!-- practice:end -->'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const parsed = parsePack(json, 'en');
    expect(parsed.ok ? parsed.pack.exercises?.map((e) => e.goal.kind) : parsed.errors).toEqual(['fix-errors', 'use-template']);
  });
});
