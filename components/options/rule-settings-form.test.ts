import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { RuleSettings } from '../../lib/checks/types';
import { formToPartial, settingsToForm, withoutLocal, type RuleInfo } from './rule-settings-form';

const rules: RuleInfo[] = [
  { id: 'hashtag-limit', category: 'hashtag', severity: 'warning', description: { id: 'x', en: 'x' }, takesPhrases: false },
  { id: 'hoax-signs', category: 'hoax', severity: 'warning', description: { id: 'y', en: 'y' }, takesPhrases: true },
];

const merged: RuleSettings = {
  ...DEFAULT_SETTINGS,
  rules: { 'hoax-signs': { phrases: ['viralkan'] } },
};

describe('rule settings form', () => {
  it('saves nothing new when nothing changed', () => {
    const local = { rules: { 'hoax-signs': { phrases: ['viralkan'] } } };
    const result = formToPartial(settingsToForm(merged, rules), merged, local, rules);
    expect(result).toEqual({ ok: true, item: local });
  });

  it('adds only what differs from the merged settings', () => {
    const form = settingsToForm(merged, rules);
    form.rules['hashtag-limit']!.severity = 'error';
    form.rules['hoax-signs']!.phrases = 'viralkan\nsebarkan';
    form.limits.instagram.foldAt = '';
    form.limits.facebook.linksClickable = false;
    form.prompt.warnCategories = ['personal-data', 'hoax'];
    const result = formToPartial(form, merged, {}, rules);
    expect(result).toEqual({
      ok: true,
      item: {
        rules: { 'hashtag-limit': { severity: 'error' }, 'hoax-signs': { phrases: ['viralkan', 'sebarkan'] } },
        limits: { instagram: { foldAt: null }, facebook: { linksClickable: false } },
      },
    });
  });

  it('keeps earlier local changes beside new ones', () => {
    const form = settingsToForm(merged, rules);
    form.rules['hashtag-limit']!.enabled = false;
    const local = { limits: { tiktok: { hashtags: 3 } }, prompt: { enabled: false } };
    const result = formToPartial(form, merged, local, rules);
    expect(result.ok && result.item).toEqual({ ...local, rules: { 'hashtag-limit': { enabled: false } } });
  });

  it('refuses limits that are not whole numbers', () => {
    const form = settingsToForm(merged, rules);
    form.limits.tiktok.captionLength = '';
    form.limits.instagram.hashtags = 'lima';
    const result = formToPartial(form, merged, {}, rules);
    expect(result).toEqual({
      ok: false,
      problems: {
        'limits.instagram.hashtags': { key: 'optErrCount' },
        'limits.tiktok.captionLength': { key: 'optErrCount' },
      },
    });
  });

  it('drops a local section on reset', () => {
    const local = { rules: { a: { enabled: false } }, limits: { instagram: { foldAt: 100 } }, prompt: { enabled: false } };
    expect(withoutLocal(local, { rule: 'a' })).toEqual({ limits: local.limits, prompt: local.prompt });
    expect(withoutLocal(local, { platform: 'instagram' })).toEqual({ rules: local.rules, prompt: local.prompt });
    expect(withoutLocal(local, { prompt: true })).toEqual({ rules: local.rules, limits: local.limits });
  });
});
