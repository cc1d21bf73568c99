import { compileProfile } from '../profile/profile';
import { msg, type Rule } from '../rule';
import { REF } from '../refs';
import { findAll } from '../scan/text';

/** The tagline written with other capitals or spacing ("sleman sembada" for "Sleman SEMBADA"). */
export const brandTagline: Rule = {
  id: 'brand-tagline',
  category: 'branding',
  severity: 'warning',
  run({ text, ctx, scan }) {
    const profile = ctx.profile;
    if (profile?.tagline === undefined) return [];
    const tagline = profile.tagline;
    const re = compileProfile(profile).tagline;
    if (re === null) return [];
    return findAll(re, text)
      .filter((m) => m.text !== tagline && !scan.isProtected(m.start, m.end))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: msg(`Tagline ditulis "${tagline}".`, `The tagline is written "${tagline}".`),
        explanation: msg(
          'Tagline adalah bagian identitas instansi; tulis persis sama di setiap unggahan.',
          "The tagline is part of the institution's identity; write it exactly the same in every post.",
        ),
        reference: REF.panrb83,
        suggestions: [tagline],
        safe: true,
      }));
  },
};
