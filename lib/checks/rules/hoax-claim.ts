import { claimMatcher } from '../claims/provider';
import { msg, type Rule } from '../rule';

export const hoaxClaim: Rule = {
  id: 'hoax-claim',
  category: 'hoax',
  severity: 'error',
  description: msg(
    'Keterangan yang mengulang klaim yang sudah dibantah cek fakta (daftar klaim dari paket preset): menyebut klaim, putusan, cek fakta dan tanggalnya. Klarifikasi [HOAKS]/[SALAH] atau "tidak benar bahwa …" tidak ditandai.',
    'Captions that restate a claim fact-checkers have debunked (claims listed in the preset pack): names the claim, the verdict, the fact-check and its date. [HOAKS]/[SALAH] clarifications and "tidak benar bahwa …" are not flagged.',
  ),
  run(input) {
    if (!input.ctx.claims?.length) return [];
    return claimMatcher()?.(input) ?? [];
  },
};
