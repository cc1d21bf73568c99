import { describe, expect, it } from 'vitest';
import { check, makeContext } from '../../checks/index';
import { PLATFORMS } from '../../checks/types';
import type { Platform } from '../../checks/types';
import type { Template } from '../types';
import { BUILTIN_TEMPLATES } from './index';
import { renderTemplate } from '../render';
import { exampleValues, requiredValues, SAMPLE_PROFILE } from '../samples';

/**
 * The promise of the library: a caption made from a built-in template, filled with ordinary
 * values, never trips the checks the admin will see. Every template, every platform, with all
 * optional sections shown and with all of them hidden.
 */
const NOW = new Date('2024-03-19T03:00:00Z');

const cases = BUILTIN_TEMPLATES.flatMap((t) =>
  PLATFORMS.flatMap((platform) =>
    (['full', 'minimal'] as const).map((fill) => [t.id, platform, fill, t] as const),
  ),
);

function seriousFindings(t: Template, platform: Platform, values: Record<string, string>) {
  const { text } = renderTemplate(t, { platform, values, profile: SAMPLE_PROFILE, now: NOW });
  const ctx = makeContext({ platform, profile: SAMPLE_PROFILE, lang: 'id', today: '2024-03-19' });
  return check(text, ctx)
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ rule: f.ruleId, severity: f.severity, text: text.slice(f.start, f.end), message: f.message }));
}

describe('built-in templates through the check engine', () => {
  it.each(cases)('%s on %s (%s) has no error or warning', (_id, platform, fill, t) => {
    expect(seriousFindings(t, platform, fill === 'full' ? exampleValues(t) : requiredValues(t))).toEqual([]);
  });

  it('would notice a bad template: the same path reports a misspelling and a link on Instagram', () => {
    const bad: Template = {
      id: 'buruk',
      title: { id: 'Buruk' },
      category: 'uji',
      purpose: 'informatif',
      fields: [],
      body: 'Himbauan: silahkan daftar di https://sukamajukab.go.id/daftar',
      hashtags: '{profil.tagar}',
    };
    const rules = seriousFindings(bad, 'instagram', {}).map((f) => f.rule);
    expect(rules).toContain('link-not-clickable');
    expect(rules.some((r) => r.startsWith('spelling'))).toBe(true);
  });
});
