import { PATTERNS } from '../scan/patterns';
import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { findAll } from '../scan/text';

const EXPLAIN_CUT = msg(
  'Tagar hanya boleh berisi huruf, angka dan garis bawah. Tanda hubung, titik atau apostrof memotong tagar di situ, sehingga sisanya tidak ikut menjadi tautan.',
  'Hashtags can hold only letters, digits and underscores. A hyphen, dot or apostrophe ends the tag there, so the rest is not part of the link.',
);

/** "#Hari-Pahlawan", "#2024", "# Sleman": tags that do not become the link the admin meant. */
export const hashtagMalformed: Rule = {
  id: 'hashtag-malformed',
  category: 'hashtag',
  severity: 'warning',
  run({ text, scan }) {
    const out: Draft[] = [];
    for (const tag of scan.hashtags()) {
      const rest = text.slice(tag.end, tag.end + 200);
      const cut = PATTERNS.tagCut.exec(rest);
      if (cut !== null) {
        const whole = tag.text + cut[0];
        const joined = whole.replace(PATTERNS.tagPunct, '');
        out.push({
          start: tag.start,
          end: tag.end + cut[0].length,
          message: msg(`Tagar terpotong: hanya ${tag.text} yang menjadi tagar.`, `Cut hashtag: only ${tag.text} becomes a hashtag.`),
          explanation: EXPLAIN_CUT,
          reference: REF.panrb83,
          suggestions: [joined],
        });
        continue;
      }
      if (PATTERNS.digitsOnlyTag.test(tag.text)) {
        out.push({
          start: tag.start,
          end: tag.end,
          message: msg(`${tag.text} hanya berisi angka dan tidak menjadi tagar.`, `${tag.text} has only digits and does not become a hashtag.`),
          explanation: msg(
            'Instagram, TikTok dan Facebook tidak menautkan tagar yang seluruhnya angka. Tambahkan kata, misalnya #HUTSleman2024.',
            'Instagram, TikTok and Facebook do not link hashtags made only of digits. Add a word, e.g. #HUTSleman2024.',
          ),
          reference: REF.panrb83,
        });
      }
    }
    for (const gap of findAll(PATTERNS.hashSpace, text)) {
      if (scan.isProtected(gap.start, gap.end)) continue;
      out.push({
        start: gap.start,
        end: gap.end,
        message: msg('Ada spasi setelah #, jadi tagarnya tidak terbentuk.', 'A space after # means no hashtag is made.'),
        explanation: msg(
          'Tulis tagar tanpa spasi: #Sleman, bukan # Sleman.',
          'Write hashtags without a space: #Sleman, not # Sleman.',
        ),
        reference: REF.panrb83,
        suggestions: ['#'],
        safe: true,
      });
    }
    return out;
  },
};
