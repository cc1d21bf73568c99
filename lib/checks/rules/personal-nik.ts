import { maskDigits, isPlausibleNik } from '../scan/nik';
import { PATTERNS } from '../scan/patterns';
import { msg, type Rule } from '../rule';
import { PDP_LINKS, REF } from '../refs';
import { findAll } from '../scan/text';
import { overlapsAny } from '../scan/scan';

/** "NIK", "No. KK", "nomor induk kependudukan", "no. KTP" right before the number: always an error. */
const LABEL = /(?:\bNIK|\bN[Oo](?:mor|\.)?\s*(?:KK|KTP|[Kk]artu [Kk]eluarga)|\bKK|\bKTP|[Nn]omor [Ii]nduk [Kk]ependudukan|\bnik)\s*(?:\(?[A-Za-z ]{0,12}\)?)?\s*[:.=]?\s*$/;

/** A 16-digit number with the structure of a NIK or KK number. */
export const personalNik: Rule = {
  id: 'personal-nik',
  category: 'personal-data',
  severity: 'error',
  run({ text, scan }) {
    const urls = text.includes('/') || text.includes('.') ? scan.urls() : [];
    return findAll(PATTERNS.nik16, text)
      // A 16-digit id inside a link (a Facebook post id) is never a citizen's number.
      .filter((m) => !overlapsAny(urls, m.start, m.end))
      .filter((m) => isPlausibleNik(m.text.replace(PATTERNS.nonDigit, '')) || LABEL.test(text.slice(Math.max(0, m.start - 40), m.start)))
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: msg('Ini tampak seperti NIK atau nomor KK.', 'This looks like a NIK or family card (KK) number.'),
        explanation: msg(
          'NIK dan nomor KK adalah data pribadi warga. Unggahan instansi tidak boleh menampilkannya, juga dalam daftar penerima bantuan; samarkan atau hapus.',
          "NIK and KK numbers are citizens' personal data. Government posts must not show them, including in lists of aid recipients; mask or remove them.",
        ),
        reference: REF.pdp,
        suggestions: [maskDigits(m.text, 4)],
        links: PDP_LINKS,
      }));
  },
};
