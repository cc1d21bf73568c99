import type { Exercise, ExerciseLevel } from '../../lib/presets/types';
import type { ProblemStatus } from '../../lib/practice/evaluate';
import { t, uiLang, type MessageKey } from '../../lib/i18n';
import { BUILTIN_TEMPLATES } from '../../lib/templates';
import type { Template } from '../../lib/templates/types';
import { localized } from '../panel/localized';

export const LEVEL_LABELS: Record<ExerciseLevel, MessageKey> = {
  mudah: 'pracLevelEasy',
  sedang: 'pracLevelMedium',
  sulit: 'pracLevelHard',
};

export const STATUS_LABELS: Record<ProblemStatus, MessageKey> = {
  fixed: 'pracStatusFixed',
  auto: 'pracStatusAuto',
  ignored: 'pracStatusIgnored',
  left: 'pracStatusLeft',
  introduced: 'pracStatusIntroduced',
};

/** A pack's exercise may name the pack's own template: look there first, then in the library. */
export function GOAL_LABEL(goal: Exercise['goal'], templates: readonly Template[] = []): string {
  if (goal.kind === 'fix-errors') return t('pracGoalFix');
  const template = [...templates, ...BUILTIN_TEMPLATES].find((x) => x.id === goal.templateId);
  return t('pracGoalTemplate', template ? localized(template.title, uiLang.value) : goal.templateId);
}

const KIND_LABELS: Record<string, MessageKey> = {
  profiles: 'pracKindProfiles',
  glossary: 'pracKindGlossary',
  templates: 'pracKindTemplates',
  exercises: 'pracKindExercises',
  ruleSettings: 'pracKindRuleSettings',
};

/** What a pack preview lists, in the page's language (unknown kinds are shown as they come). */
export function kindLabel(kind: string): string {
  const key = KIND_LABELS[kind];
  return key ? t(key) : kind;
}
