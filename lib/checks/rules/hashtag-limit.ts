import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { PLATFORM_NAMES } from '../platformName';
import { removalRange } from '../scan/text';

/** Every hashtag past the platform's limit; the platform ignores or rejects them. */
export const hashtagLimit: Rule = {
  id: 'hashtag-limit',
  category: 'hashtag',
  severity: 'error',
  run({ text, scan, limits, ctx }) {
    const max = limits.hashtags;
    if (max === null) return [];
    const tags = scan.hashtags();
    if (tags.length <= max) return [];
    return tags.slice(max).map(
      (tag, i): Draft => ({
        ...removalRange(text, tag.start, tag.end),
        message: msg(
          `Tagar ke-${max + i + 1} dari ${tags.length}: ${PLATFORM_NAMES[ctx.platform]} hanya menerima ${max} tagar.`,
          `Hashtag ${max + i + 1} of ${tags.length}: ${PLATFORM_NAMES[ctx.platform]} accepts only ${max}.`,
        ),
        explanation: msg(
          `Pilih ${max} tagar terpenting (tagar wajib instansi lebih dulu) dan hapus sisanya; tagar berlebih bisa membuat unggahan gagal atau tagarnya diabaikan.`,
          `Keep the ${max} most important hashtags (your institution's required ones first) and remove the rest; extra hashtags can make the post fail or be ignored.`,
        ),
        reference: REF.panrb83,
        suggestions: [''],
      }),
    );
  },
};
