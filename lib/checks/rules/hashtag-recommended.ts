import { msg, type Rule } from '../rule';
import { appendDraft, missing } from '../profile/hashtags';

/** Recommended hashtags that still fit under the platform's limit. */
export const hashtagRecommended: Rule = {
  id: 'hashtag-recommended',
  category: 'hashtag',
  severity: 'info',
  postOnly: true,
  run(input) {
    const recommended = input.ctx.profile?.hashtags.recommended ?? [];
    if (recommended.length === 0 || input.text.trim().length === 0) return [];
    const absent = missing(input, recommended);
    if (absent.length === 0) return [];
    const room = input.limits.hashtags === null ? absent.length : input.limits.hashtags - input.scan.hashtags().length;
    const fit = absent.slice(0, Math.max(0, room));
    if (fit.length === 0) return [];
    const list = fit.map((t) => `#${t}`).join(' ');
    return [
      {
        ...appendDraft(input, fit),
        message: msg(`Pertimbangkan tagar ${list}.`, `Consider adding ${list}.`),
        explanation: msg(
          'Tagar yang dianjurkan instansi membantu warga menemukan informasi sejenis. Tidak wajib.',
          'Hashtags your institution recommends help citizens find related posts. Optional.',
        ),
      },
    ];
  },
};
