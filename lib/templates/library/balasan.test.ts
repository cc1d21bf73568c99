import { describe, expect, it } from 'vitest';
import { check, makeContext } from '../../checks/index';
import { DEFAULT_LIMITS } from '../../checks/defaults';
import { PLATFORMS } from '../../checks/types';
import { renderTemplate } from '../render';
import { exampleValues, requiredValues, SAMPLE_PROFILE } from '../samples';
import { validateTemplate } from '../validate';
import { BUILTIN_REPLY_TEMPLATES } from './balasan';
import { BUILTIN_TEMPLATES } from './index';

/**
 * The reply templates' promise: every one, on every platform, with all optional parts and with
 * none, renders completely and leaves no error or warning for a reply, within the comment limit.
 */
const NOW = new Date('2024-03-19T03:00:00Z');
const cases = BUILTIN_REPLY_TEMPLATES.flatMap((t) =>
  PLATFORMS.flatMap((platform) => (['full', 'minimal'] as const).map((fill) => [t.id, platform, fill, t] as const)),
);
const whatsappProfile = { ...SAMPLE_PROFILE, contacts: [...SAMPLE_PROFILE.contacts, { kind: 'whatsapp' as const, value: '0811 2600 1234' }] };

describe('built-in reply templates', () => {
  it('are at least 12, all kind "reply", with ids no caption template uses', () => {
    expect(BUILTIN_REPLY_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(BUILTIN_REPLY_TEMPLATES.every((t) => t.kind === 'reply')).toBe(true);
    const ids = [...BUILTIN_TEMPLATES, ...BUILTIN_REPLY_TEMPLATES].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cover what admins answer most', () => {
    const ids = BUILTIN_REPLY_TEMPLATES.map((t) => t.id);
    for (const id of ['balasan-aduan-diterima', 'balasan-lapor', 'balasan-kirim-dm', 'balasan-terima-kasih-saran', 'balasan-jam-layanan', 'balasan-klarifikasi-hoaks', 'balasan-rujukan-instansi']) {
      expect(ids).toContain(id);
    }
  });

  it.each(BUILTIN_REPLY_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid and has no hashtags', (_id, t) => {
    expect(validateTemplate(t)).toEqual([]);
    expect(t.hashtags).toBeUndefined();
    expect(t.title.en).toMatch(/\p{L}{2}/u);
  });

  it.each(cases)('%s on %s (%s) renders with no error or warning for a reply', (_id, platform, fill, t) => {
    for (const profile of [SAMPLE_PROFILE, whatsappProfile]) {
      const values = fill === 'full' ? exampleValues(t) : requiredValues(t);
      const result = renderTemplate(t, { platform, values, profile, now: NOW, linksClickable: DEFAULT_LIMITS[platform].linksClickable });
      expect(result.errors).toEqual([]);
      expect(result.missing).toEqual([]);
      expect(result.text).not.toMatch(/[{}]|\s$|^\s| {2}| [.,]/);
      expect(result.text.length).toBeLessThanOrEqual(DEFAULT_LIMITS[platform].replyLength ?? 0);
      const ctx = makeContext({ platform, profile, lang: 'id', today: '2024-03-19', surface: 'reply' });
      const serious = check(result.text, ctx)
        .filter((f) => f.severity !== 'info')
        .map((f) => ({ rule: f.ruleId, text: result.text.slice(f.start, f.end) }));
      expect(serious).toEqual([]);
    }
  });

  it('name the WhatsApp line when the profile has one', () => {
    const t = BUILTIN_REPLY_TEMPLATES.find((x) => x.id === 'balasan-kirim-dm');
    if (!t) throw new Error('missing balasan-kirim-dm');
    const { text } = renderTemplate(t, { platform: 'facebook', values: exampleValues(t), profile: whatsappProfile, now: NOW });
    expect(text).toContain('0811 2600 1234');
  });
});
