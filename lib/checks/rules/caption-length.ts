import { DEFAULT_LIMITS } from '../defaults';
import { msg, type Draft, type Rule } from '../rule';
import type { Platform } from '../types';
import { REF } from '../refs';
import { PLATFORM_NAMES } from '../platformName';
import { safeCut } from '../scan/text';

/** Characters past the platform's caption limit (UTF-16 units, as the platforms count them). */
export const captionLength: Rule = {
  id: 'caption-length',
  category: 'length',
  severity: 'error',
  run({ text, limits, ctx }) {
    if (ctx.surface === 'reply') return replyTooLong(text, limits.replyLength ?? DEFAULT_LIMITS[ctx.platform].replyLength ?? limits.captionLength, ctx.platform);
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

/** Comments have their own, much shorter limits (TikTok 150). */
function replyTooLong(text: string, max: number, platform: Platform): Draft[] {
  if (text.length <= max) return [];
  const over = text.length - max;
  return [
    {
      start: safeCut(text, max),
      end: text.length,
      message: msg(
        `Balasan kelebihan ${over} karakter: batas komentar ${PLATFORM_NAMES[platform]} ${max} karakter.`,
        `Reply ${over} characters too long: the ${PLATFORM_NAMES[platform]} comment limit is ${max}.`,
      ),
      explanation: msg(
        'Komentar yang terlalu panjang ditolak platform. Jawab singkat, lalu arahkan warga ke kanal resmi untuk rinciannya.',
        'The platform refuses comments that are too long. Answer briefly and point the citizen to an official channel for details.',
      ),
      reference: REF.panrb83,
    },
  ];
}
