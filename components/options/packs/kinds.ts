import { t } from '../../../lib/i18n';

/** The label of a content kind as the preview and export list name it. */
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'profiles':
      return t('optKindProfiles');
    case 'templates':
      return t('optKindTemplates');
    case 'glossary':
      return t('optKindGlossary');
    case 'exercises':
      return t('optKindExercises');
    case 'ruleSettings':
      return t('optKindRuleSettings');
    default:
      return kind;
  }
}
