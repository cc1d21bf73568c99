import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { check } from '../checks';
import { CATEGORIES } from '../checks/types';
import { exerciseSchema } from '../presets/schema';
import { EXERCISE_LEVELS } from '../presets/types';
import { BUILTIN_TEMPLATES, initialValues, renderTemplate } from '../templates';
import { EXERCISE_ANSWERS } from './answers';
import { practiceContext } from './context';
import { serious } from './evaluate';
import { BUILTIN_EXERCISES } from './exercises';
import { PRACTICE_PROFILE } from './institution';
import { matchesTemplate } from './template-match';

const levelRank = (level: string) => EXERCISE_LEVELS.indexOf(level as (typeof EXERCISE_LEVELS)[number]);

describe('built-in exercises', () => {
  it('are at least 15, with unique ids, valid in the pack format, easiest first', () => {
    expect(BUILTIN_EXERCISES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(BUILTIN_EXERCISES.map((e) => e.id)).size).toBe(BUILTIN_EXERCISES.length);
    for (const exercise of BUILTIN_EXERCISES) {
      const parsed = v.safeParse(exerciseSchema, exercise);
      expect(parsed.success, exercise.id).toBe(true);
      expect(exercise.title.en, exercise.id).toMatch(/\p{L}{2}/u);
      expect(exercise.hints.length, exercise.id).toBeGreaterThan(0);
      for (const hint of exercise.hints) expect(hint.en, exercise.id).toMatch(/\p{L}{2}/u);
    }
    const ranks = BUILTIN_EXERCISES.map((e) => levelRank(e.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('cover every check category, every level and every platform', () => {
    const covered = new Set(Object.values(EXERCISE_ANSWERS).flatMap((a) => a.categories));
    expect([...covered].sort()).toEqual([...CATEGORIES].sort());
    expect(new Set(BUILTIN_EXERCISES.map((e) => e.level)).size).toBe(EXERCISE_LEVELS.length);
    expect(new Set(BUILTIN_EXERCISES.map((e) => e.platform)).size).toBe(3);
  });

  it('every exercise has an answer entry', () => {
    expect(Object.keys(EXERCISE_ANSWERS).sort()).toEqual(BUILTIN_EXERCISES.map((e) => e.id).sort());
  });

  describe.each(BUILTIN_EXERCISES.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
    const answer = EXERCISE_ANSWERS[exercise.id]!;
    const ctx = practiceContext(exercise.platform);

    it('plants errors or warnings in each category it claims', () => {
      const planted = serious(check(exercise.caption, ctx));
      const categories = new Set(planted.map((f) => f.category));
      for (const category of answer.categories) expect([...categories], category).toContain(category);
      if (exercise.goal.kind === 'fix-errors') expect(planted.length).toBeGreaterThan(0);
    });

    if (exercise.goal.kind === 'fix-errors') {
      it('can be solved: the model answer leaves no error or warning', () => {
        expect(answer.solution).toBeTypeOf('string');
        const left = serious(check(answer.solution ?? '', ctx)).map((f) => `${f.ruleId}: ${f.message}`);
        expect(left).toEqual([]);
      });
    } else {
      const templateId = exercise.goal.templateId;
      it('names a built-in template whose filled-in form meets the goal', () => {
        const template = BUILTIN_TEMPLATES.find((x) => x.id === templateId);
        expect(template).toBeDefined();
        if (!template) return;
        const values: Record<string, string> = initialValues(template, new Date('2025-03-19T03:00:00Z'));
        for (const field of template.fields) if (field.example) values[field.name] = field.example;
        const rendered = renderTemplate(template, {
          platform: exercise.platform,
          values,
          profile: PRACTICE_PROFILE,
          now: new Date('2025-03-19T03:00:00Z'),
        });
        expect(rendered.errors).toEqual([]);
        expect(matchesTemplate(rendered.text, template, exercise.platform)).toBe(true);
        expect(matchesTemplate(exercise.caption, template, exercise.platform)).toBe(false);
        const left = serious(check(rendered.text, ctx)).map((f) => `${f.ruleId}: ${f.message}`);
        expect(left).toEqual([]);
      });
    }
  });
});
