/**
 * Whether a caption was written with a template, for when the panel could not tell us (the trainee
 * pasted the preview, or edited the caption afterwards): most of the template's fixed wording must
 * still be there. Sections ({?x}…{/x}) are optional, so only top-level wording counts.
 */
import { parseText } from '../templates/parse';
import { partsFor } from '../templates/render';
import type { Platform } from '../checks/types';
import type { Template } from '../templates/types';

const MIN_FRAGMENT = 6;
const SHARE_NEEDED = 0.6;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The template's fixed wording on this platform, as normalised fragments worth looking for. */
export function skeleton(template: Template, platform: Platform): string[] {
  const { body } = partsFor(template, platform);
  const fragments: string[] = [];
  for (const node of parseText(body.text).ast) {
    if (node.kind !== 'text') continue;
    for (const line of node.value.split('\n')) {
      const piece = normalise(line.replace(/[.,:;]+$/, ''));
      if (piece.replace(/[^\p{L}]/gu, '').length >= MIN_FRAGMENT) fragments.push(piece);
    }
  }
  return fragments;
}

export function matchesTemplate(caption: string, template: Template, platform: Platform): boolean {
  const fragments = skeleton(template, platform);
  if (fragments.length === 0) return false;
  const text = normalise(caption);
  const present = fragments.filter((f) => text.includes(f)).length;
  return present / fragments.length >= SHARE_NEEDED;
}
