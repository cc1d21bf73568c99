import { deepRule } from '../deep';
import { msg, type Rule } from '../rule';

/**
 * A deep rule (../deep.ts): the claim index is too big for the content script, so the matcher is
 * installed by ../claims/install.ts where the preset's claims are (the background page, the CLI,
 * tests, benches), and panels get its findings in the same `checks:deep` request as spelling.
 */
export const hoaxClaim: Rule = deepRule({
  id: 'hoax-claim',
  category: 'hoax',
  severity: 'error',
  description: msg(
    'Keterangan yang mengulang klaim yang sudah dibantah cek fakta (daftar klaim dari paket preset): menyebut klaim, putusan, cek fakta dan tanggalnya. Klarifikasi [HOAKS]/[SALAH] atau "tidak benar bahwa …" tidak ditandai.',
    'Captions that restate a claim fact-checkers have debunked (claims listed in the preset pack): names the claim, the verdict, the fact-check and its date. [HOAKS]/[SALAH] clarifications and "tidak benar bahwa …" are not flagged.',
  ),
});
