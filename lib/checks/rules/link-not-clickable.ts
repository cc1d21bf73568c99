import { msg, type Rule } from '../rule';
import { REF } from '../refs';
import { PLATFORM_NAMES } from '../platformName';

/** Links in captions on platforms that don't make them clickable (Instagram, TikTok). */
export const linkNotClickable: Rule = {
  id: 'link-not-clickable',
  category: 'link',
  severity: 'warning',
  run({ scan, limits, ctx }) {
    if (limits.linksClickable) return [];
    return scan.urls().map((u) => ({
      start: u.start,
      end: u.end,
      message: msg(`Tautan di keterangan ${PLATFORM_NAMES[ctx.platform]} tidak bisa diklik.`, `Links in ${PLATFORM_NAMES[ctx.platform]} captions are not clickable.`),
      explanation: msg(
        'Warga harus mengetik ulang alamatnya. Pasang tautan di bio profil dan tulis "link di bio", atau pakai stiker tautan di Story.',
        'Readers would have to retype it. Put the link in the profile bio and write "link di bio", or use a link sticker in a Story.',
      ),
      reference: REF.panrb83,
      suggestions: ['link di bio'],
    }));
  },
};
