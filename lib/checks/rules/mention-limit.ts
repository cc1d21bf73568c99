import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { PLATFORM_NAMES } from '../platformName';

/** @-mentions past the platform's limit (Instagram 20): the post is rejected. */
export const mentionLimit: Rule = {
  id: 'mention-limit',
  category: 'mention',
  severity: 'error',
  run({ scan, limits, ctx }) {
    const max = limits.mentions;
    if (max === null) return [];
    const mentions = scan.mentions();
    if (mentions.length <= max) return [];
    return mentions.slice(max).map(
      (m, i): Draft => ({
        start: m.start,
        end: m.end,
        message: msg(
          `Sebutan ke-${max + i + 1} dari ${mentions.length}: ${PLATFORM_NAMES[ctx.platform]} hanya menerima ${max}.`,
          `Mention ${max + i + 1} of ${mentions.length}: ${PLATFORM_NAMES[ctx.platform]} accepts only ${max}.`,
        ),
        explanation: msg(
          'Unggahan dengan terlalu banyak @akun ditolak platform atau dianggap spam. Tandai akun di foto sebagai gantinya.',
          'Posts with too many @-mentions are rejected or treated as spam. Tag accounts in the photo instead.',
        ),
        reference: REF.panrb83,
      }),
    );
  },
};
