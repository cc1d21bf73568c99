import { officialContacts } from '../profile/contacts';
import { msg, type Rule } from '../rule';
import { PDP_LINKS, REF } from '../refs';

// Domains only institutions can register (PANDI rules), so their addresses are never personal.
const INSTITUTIONAL = ['go.id', 'desa.id', 'mil.id'];

function institutional(address: string): boolean {
  const domain = address.slice(address.indexOf('@') + 1).toLowerCase();
  return INSTITUTIONAL.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** E-mail addresses outside go.id / desa.id that the profile does not declare as official. */
export const personalEmail: Rule = {
  id: 'personal-email',
  category: 'personal-data',
  severity: 'warning',
  run({ scan, ctx }) {
    const official = officialContacts(ctx.profile).emails;
    return scan
      .emails()
      .filter((m) => !institutional(m.text) && !official.has(m.text.toLowerCase()))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: msg('Alamat e-mail pribadi?', 'A personal e-mail address?'),
        explanation: msg(
          'Alamat e-mail warga atau pegawai adalah data pribadi. Pakai alamat resmi instansi (go.id / desa.id), atau daftarkan alamat ini di profil jika memang alamat resmi.',
          "Citizens' and staff's e-mail addresses are personal data. Use the institution's address (go.id / desa.id), or add this one to the profile if it is the official one.",
        ),
        reference: REF.pdp,
        links: PDP_LINKS,
      }));
  },
};
