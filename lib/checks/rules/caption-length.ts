import { msg, type Rule } from '../rule';
import { REF } from '../refs';
import { PLATFORM_NAMES } from '../platformName';
import { safeCut } from '../text';

/** Characters past the platform's caption limit (UTF-16 units, as the platforms count them). */
export const captionLength: Rule = {
  id: 'caption-length',
  category: 'length',
  severity: 'error',
  description: msg(
    'Keterangan lebih panjang dari batas platform (Instagram 2.200, TikTok 4.000, Facebook 63.206 karakter; diatur di preset).',
    'Caption longer than the platform allows (Instagram 2,200, TikTok 4,000, Facebook 63,206 characters; set in the preset).',
  ),
  run({ text, limits, ctx }) {
    const max = limits.captionLength;
    if (text.length <= max) return [];
    const over = text.length - max;
    return [
      {
        start: safeCut(text, max),
        end: text.length,
        message: msg(
          `Kelebihan ${over} karakter: batas ${PLATFORM_NAMES[ctx.platform]} ${max} karakter.`,
          `${over} characters too many: the ${PLATFORM_NAMES[ctx.platform]} limit is ${max}.`,
        ),
        explanation: msg(
          'Platform menolak atau memotong keterangan yang terlalu panjang. Ringkas teks, atau pindahkan rincian ke tautan resmi / komentar pertama.',
          'The platform rejects or cuts captions that are too long. Shorten the text, or move details to an official link / the first comment.',
        ),
        reference: REF.panrb83,
      },
    ];
  },
};
