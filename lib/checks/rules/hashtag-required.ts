import { msg, type Rule } from '../rule';
import { REF } from '../refs';
import { appendDraft, missing } from '../profile/hashtags';

/** Required hashtags of the profile that the caption lacks; the fix appends them. */
export const hashtagRequired: Rule = {
  id: 'hashtag-required',
  category: 'hashtag',
  severity: 'warning',
  postOnly: true,
  run(input) {
    const required = input.ctx.profile?.hashtags.required ?? [];
    if (required.length === 0 || input.text.trim().length === 0) return [];
    return missing(input, required).map((tag) => ({
      ...appendDraft(input, [tag]),
      message: msg(`Tagar wajib #${tag} belum ada.`, `Required hashtag #${tag} is missing.`),
      explanation: msg(
        'Tagar wajib ditetapkan instansi agar semua unggahan mudah ditemukan dan konsisten, siapa pun admin yang mengunggah.',
        'Your institution set required hashtags so every post is easy to find and consistent, whoever the admin is.',
      ),
      reference: REF.panrb83,
    }));
  },
};
