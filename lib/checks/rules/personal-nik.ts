import { maskDigits, isPlausibleNik } from '../nik';
import { PATTERNS } from '../patterns';
import { msg, type Rule } from '../rule';
import { PDP_LINKS, REF } from '../refs';
import { findAll } from '../text';

/** A 16-digit number with the structure of a NIK or KK number. */
export const personalNik: Rule = {
  id: 'personal-nik',
  category: 'personal-data',
  severity: 'error',
  description: msg(
    'Nomor NIK atau KK warga (16 digit dengan struktur kode wilayah dan tanggal yang masuk akal).',
    "A citizen's NIK or KK number (16 digits with a plausible region code and date).",
  ),
  run({ text }) {
    return findAll(PATTERNS.nik16, text)
      .filter((m) => isPlausibleNik(m.text.replace(PATTERNS.nonDigit, '')))
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
