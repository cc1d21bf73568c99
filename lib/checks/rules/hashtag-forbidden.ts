import { msg, type Rule } from '../rule';
import { REF } from '../refs';
import { bare } from '../profile/hashtags';
import { removalRange } from '../scan/text';

/** Hashtags the profile forbids (campaign tags, retired slogans). */
export const hashtagForbidden: Rule = {
  id: 'hashtag-forbidden',
  category: 'hashtag',
  severity: 'error',
  run(input) {
    const forbidden = new Set((input.ctx.profile?.hashtags.forbidden ?? []).map((t) => bare(t).toLowerCase()));
    if (forbidden.size === 0) return [];
    return input.scan.hashtags()
      .filter((t) => forbidden.has(t.text.slice(1).toLowerCase()))
      .map((t) => ({
        ...removalRange(input.text, t.start, t.end),
        message: msg(`${t.text} termasuk tagar yang dilarang instansi.`, `${t.text} is on your institution's forbidden list.`),
        explanation: msg(
          'Tagar ini dilarang dalam preset instansi, misalnya karena terkait kampanye, isu sensitif, atau sudah tidak dipakai.',
          "Your institution's preset forbids this hashtag, e.g. because it is tied to a campaign, a sensitive issue, or retired.",
        ),
        reference: REF.panrb83,
        suggestions: [''],
      }));
  },
};
