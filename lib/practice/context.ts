/** The check context built-in exercises are judged in (and the unit tests prove them in). */
import { makeContext } from '../checks/defaults';
import type { CheckContext, Lang, Platform } from '../checks/types';
import { PRACTICE_GLOSSARY, PRACTICE_PROFILE } from './institution';

export function practiceContext(platform: Platform, lang: Lang = 'id'): CheckContext {
  return makeContext({ platform, lang, profile: PRACTICE_PROFILE, glossary: PRACTICE_GLOSSARY });
}
