import type { Exercise, ExerciseLevel } from '../../lib/presets/types';
import type { ProblemStatus } from '../../lib/practice/evaluate';
import { t, uiLang, type MessageKey } from '../../lib/i18n';
import { BUILTIN_TEMPLATES } from '../../lib/templates';
import { localized } from '../panel/localized';

export const LEVEL_LABELS: Record<ExerciseLevel, MessageKey> = {
  mudah: 'pracLevelEasy',
  sedang: 'pracLevelMedium',
  sulit: 'pracLevelHard',
};

export const STATUS_LABELS: Record<ProblemStatus, MessageKey> = {
  fixed: 'pracStatusFixed',
  ignored: 'pracStatusIgnored',
  left: 'pracStatusLeft',
  introduced: 'pracStatusIntroduced',
};

export function GOAL_LABEL(goal: Exercise['goal']): string {
  if (goal.kind === 'fix-errors') return t('pracGoalFix');
  const template = BUILTIN_TEMPLATES.find((x) => x.id === goal.templateId);
  return t('pracGoalTemplate', template ? localized(template.title, uiLang.value) : goal.templateId);
}
