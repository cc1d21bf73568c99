import { PATTERNS } from '../scan/patterns';
import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { findAll } from '../scan/text';
import type { Platform } from '../types';

// Username rules: Instagram 30 characters, TikTok 24; both letters, digits, "." and "_".
const MAX_HANDLE: Partial<Record<Platform, number>> = { instagram: 30, tiktok: 24 };

const EXPLAIN = msg(
  'Nama akun hanya berisi huruf, angka, titik dan garis bawah, tanpa spasi. Sebutan yang salah tidak menautkan akun yang dimaksud.',
  'Handles hold only letters, digits, dots and underscores, with no spaces. A malformed mention does not link the intended account.',
);

/** "@ diskominfo", "@dinas-kesehatan", "@a..b", handles longer than the platform allows. */
export const mentionMalformed: Rule = {
  id: 'mention-malformed',
  category: 'mention',
  severity: 'warning',
  run({ text, scan, ctx }) {
    if (ctx.platform === 'facebook') return []; // Facebook mentions are picked from a list, not typed handles.
    const out: Draft[] = [];
    const max = MAX_HANDLE[ctx.platform] ?? 30;
    for (const m of scan.mentions()) {
      const cut = PATTERNS.handleCut.exec(text.slice(m.end, m.end + 100));
      if (cut !== null) {
        const whole = m.text + cut[0];
        out.push({
          start: m.start,
          end: m.end + cut[0].length,
          message: msg(`Tanda hubung memotong sebutan: hanya ${m.text} yang tertaut.`, `A hyphen cuts the mention: only ${m.text} is linked.`),
          explanation: EXPLAIN,
          reference: REF.panrb83,
          suggestions: [whole.replaceAll('-', '_'), whole.replaceAll('-', '')],
        });
        continue;
      }
      const handle = m.text.slice(1);
      if (handle.includes('..') || handle.startsWith('.') || handle.length > max) {
        out.push({
          start: m.start,
          end: m.end,
          message: msg(`${m.text} bukan nama akun yang sah.`, `${m.text} is not a valid handle.`),
          explanation: EXPLAIN,
          reference: REF.panrb83,
        });
      }
    }
    for (const gap of findAll(PATTERNS.atSpace, text)) {
      if (scan.isProtected(gap.start, gap.end)) continue;
      out.push({
        start: gap.start,
        end: gap.end,
        message: msg('Ada spasi setelah @, jadi akunnya tidak tertaut.', 'A space after @ means no account is linked.'),
        explanation: EXPLAIN,
        reference: REF.panrb83,
        suggestions: ['@'],
        safe: true,
      });
    }
    return out;
  },
};
