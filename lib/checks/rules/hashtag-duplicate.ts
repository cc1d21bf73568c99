import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { removalRange } from '../scan/text';

/** The same tag twice (case does not matter to the platforms): the second copy only costs a slot. */
export const hashtagDuplicate: Rule = {
  id: 'hashtag-duplicate',
  category: 'hashtag',
  severity: 'warning',
  run({ text, scan }) {
    const seen = new Map<string, string>();
    const out: Draft[] = [];
    for (const tag of scan.hashtags()) {
      const key = tag.text.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, tag.text);
        continue;
      }
      out.push({
        ...removalRange(text, tag.start, tag.end),
        message: msg(`${tag.text} sudah ada sebelumnya (${first}).`, `${tag.text} already appears earlier (${first}).`),
        explanation: msg(
          'Platform menganggap tagar dengan huruf besar atau kecil sama. Tagar ganda tidak menambah jangkauan tetapi memakan jatah tagar.',
          'Platforms treat upper and lower case as the same tag. A duplicate adds no reach but uses up one of your hashtag slots.',
        ),
        reference: REF.panrb83,
        suggestions: [''],
        safe: true,
      });
    }
    return out;
  },
};
