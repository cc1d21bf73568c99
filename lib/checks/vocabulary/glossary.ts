/**
 * Compiles a glossary into two matchers (case-insensitive and exact-case variants) once per glossary
 * object: the panel calls check on every keystroke with the same glossary.
 */
import { PATTERNS } from '../scan/patterns';
import { compilePhrases, phraseKey } from './phrases';
import type { GlossaryEntry } from '../types';

export interface CompiledGlossary {
  anyCase: RegExp | null;
  exactCase: RegExp | null;
  byLowerVariant: Map<string, GlossaryEntry>;
  byExactVariant: Map<string, GlossaryEntry>;
}

const cache = new WeakMap<readonly GlossaryEntry[], CompiledGlossary>();

/** "Pemkab  Sleman" and "Pemkab Sleman" are the same variant. */
export function exactKey(text: string): string {
  return text.split(PATTERNS.blanks).join(' ');
}

function build(glossary: readonly GlossaryEntry[]): CompiledGlossary {
  const byLowerVariant = new Map<string, GlossaryEntry>();
  const byExactVariant = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    for (const variant of entry.variants) {
      if (variant.trim().length === 0) continue;
      if (entry.caseSensitive === true) byExactVariant.set(exactKey(variant.trim()), entry);
      else byLowerVariant.set(phraseKey(variant.trim()), entry);
    }
  }
  return {
    anyCase: compilePhrases([...byLowerVariant.keys()]),
    exactCase: compilePhrases([...byExactVariant.keys()], true),
    byLowerVariant,
    byExactVariant,
  };
}

export function compileGlossary(glossary: readonly GlossaryEntry[]): CompiledGlossary {
  let compiled = cache.get(glossary);
  if (compiled === undefined) {
    compiled = build(glossary);
    cache.set(glossary, compiled);
  }
  return compiled;
}

/** An entry is used through its `expires` day; without a `today` it is not judged here (see CheckContext.today). */
export function isExpired(expires: string | undefined, today: string | undefined): boolean {
  return expires !== undefined && today !== undefined && expires < today;
}
