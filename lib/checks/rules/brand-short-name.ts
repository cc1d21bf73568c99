import { compileProfile } from '../profile/profile';
import { msg, type Rule } from '../rule';
import { REF } from '../refs';
import { overlapsAny } from '../scan/scan';
import { findAll } from '../scan/text';

/** A short name ("Diskominfo Sleman") used before the official name has been written once. */
export const brandShortName: Rule = {
  id: 'brand-short-name',
  category: 'branding',
  severity: 'info',
  postOnly: true,
  run({ text, ctx, scan }) {
    const profile = ctx.profile;
    if (profile === undefined || profile.shortNames.length === 0) return [];
    const compiled = compileProfile(profile);
    if (compiled.shortNames === null) return [];
    const officials = compiled.officialName === null ? [] : findAll(compiled.officialName, text);
    const firstOfficial = officials[0]?.start ?? Infinity;
    const first = findAll(compiled.shortNames, text).find(
      // A short name inside the official name ("Sleman" in "... Kabupaten Sleman") is not a use.
      (m) => !scan.isProtected(m.start, m.end) && !overlapsAny(officials, m.start, m.end),
    );
    if (first === undefined || first.start > firstOfficial) return [];
    const official = profile.officialName;
    return [
      {
        start: first.start,
        end: first.end,
        message: msg(
          `Tulis nama resmi "${official}" saat pertama kali disebut.`,
          `Write the official name "${official}" the first time it is mentioned.`,
        ),
        explanation: msg(
          'Pembaca baru belum tentu tahu singkatan instansi. Sebut nama lengkap sekali, lalu singkatan boleh dipakai.',
          'New readers may not know the short name. Give the full name once; the short name is fine after that.',
        ),
        reference: REF.panrb83,
        suggestions: [`${official} (${first.text})`, official],
      },
    ];
  },
};
