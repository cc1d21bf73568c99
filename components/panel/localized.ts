import type { Lang, LocalizedText } from '../../lib/checks/types';

export function localized(text: LocalizedText, lang: Lang): string {
  return (lang === 'en' ? text.en : undefined) ?? text.id;
}
