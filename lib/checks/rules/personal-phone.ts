import { officialContacts, phoneKey } from '../profile/contacts';
import { maskDigits } from '../scan/nik';
import { PATTERNS } from '../scan/patterns';
import { msg, type Rule } from '../rule';
import { PDP_LINKS, REF } from '../refs';
import { findAll } from '../scan/text';

/** Mobile numbers (08…, +62 8…) that the profile does not declare as official. */
export const personalPhone: Rule = {
  id: 'personal-phone',
  category: 'personal-data',
  severity: 'warning',
  run({ text, ctx }) {
    const official = officialContacts(ctx.profile).phones;
    return findAll(PATTERNS.phone, text)
      .filter((m) => !official.has(phoneKey(m.text)))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: msg('Nomor ponsel pribadi?', 'A personal mobile number?'),
        explanation: msg(
          'Nomor ponsel warga atau pegawai adalah data pribadi. Jika ini nomor layanan resmi instansi, daftarkan di profil (kontak resmi) agar tidak ditandai lagi.',
          "Citizens' and staff's mobile numbers are personal data. If this is the institution's official service number, add it to the profile's official contacts so it is not flagged again.",
        ),
        reference: REF.pdp,
        suggestions: [maskDigits(m.text, 4, 3)],
        links: PDP_LINKS,
      }));
  },
};
