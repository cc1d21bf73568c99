import { PATTERNS } from '../scan/patterns';
import { closeEnough, handleKey } from '../profile/profile';
import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';

/** @-mentions that look like the institution's own handle but are not it (a typo tags a stranger). */
export const brandHandle: Rule = {
  id: 'brand-handle',
  category: 'branding',
  severity: 'warning',
  run({ scan, ctx }) {
    const handle = ctx.profile?.handles[ctx.platform]?.replace(PATTERNS.leadingAt, '');
    if (handle === undefined || handle.length === 0) return [];
    const want = handleKey(handle);
    const out: Draft[] = [];
    for (const m of scan.mentions()) {
      const typed = m.text.slice(1);
      // The key drops characters, never adds: a much shorter mention cannot be the handle.
      if (typed.length < want.length - 1 || typed.toLowerCase() === handle.toLowerCase()) continue;
      const key = handleKey(typed);
      if (key !== want && !(want.length >= 8 && closeEnough(key, want))) continue;
      out.push({
        start: m.start,
        end: m.end,
        message: msg(`Akun resmi instansi ditulis @${handle}.`, `The institution's account is @${handle}.`),
        explanation: msg(
          'Salah satu huruf, titik atau garis bawah membuat tautan menuju akun lain, yang bisa saja akun palsu.',
          'One wrong letter, dot or underscore links to another account, which may be an impostor.',
        ),
        reference: REF.panrb83,
        suggestions: [`@${handle}`],
        safe: true,
      });
    }
    return out;
  },
};
