import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from './index';
import { TEMPLATE_PURPOSES } from '../types';
import { PLATFORMS } from '../../checks/types';
import type { Profile } from '../../checks/types';
import { validateTemplate } from '../validate';
import { renderTemplate } from '../render';
import { valueProblem } from '../fields';
import { exampleValues, requiredValues, SAMPLE_PROFILE } from '../samples';

const NOW = new Date('2024-03-19T03:00:00Z');
const HASHTAG = /#[\p{L}\p{N}_]+/gu;
const cases = BUILTIN_TEMPLATES.flatMap((t) =>
  PLATFORMS.flatMap((platform) =>
    (['full', 'minimal'] as const).map((fill) => ({
      t,
      platform,
      fill,
      values: fill === 'full' ? exampleValues(t) : requiredValues(t),
    })),
  ),
);

describe('the built-in library', () => {
  it('has at least 20 templates with unique ids', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
  });

  it('covers the post types government admins publish', () => {
    const categories = new Set(BUILTIN_TEMPLATES.map((t) => t.category));
    for (const c of [
      'laporan-kegiatan',
      'agenda-pimpinan',
      'pengumuman-layanan',
      'imbauan',
      'klarifikasi-hoaks',
      'hari-besar',
      'darurat-bencana',
      'capaian-program',
      'partisipasi-publik',
      'pendaftaran',
      'undangan-acara',
      'duka-cita',
    ]) {
      expect(categories, c).toContain(c);
    }
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.purpose))).toEqual(new Set(TEMPLATE_PURPOSES));
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid and every field has a usable sample', (_id, t) => {
    expect(validateTemplate(t)).toEqual([]);
    // Both languages have words in them, not just a key that exists.
    expect(t.title.en).toMatch(/\p{L}{2}/u);
    expect(t.description?.id).toMatch(/\p{L}{2}/u);
    expect(t.description?.en).toMatch(/\p{L}{2}/u);
    for (const f of t.fields) {
      const sample = f.example ?? f.default;
      expect(sample, `${t.id}.${f.name}`).toMatch(/\S/);
      expect(valueProblem(f, sample ?? ''), `${t.id}.${f.name}`).toBeNull();
      expect(f.label.en, `${t.id}.${f.name}`).toMatch(/\p{L}{2}/u);
    }
  });

  it.each(cases.map((c) => [c.t.id, c.platform, c.fill, c] as const))('%s on %s (%s) renders completely', (_id, platform, _fill, c) => {
    const result = renderTemplate(c.t, { platform, values: c.values, profile: SAMPLE_PROFILE, now: NOW });
    expect(result.errors).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.emptyProfile).toEqual([]);
    // Nothing of the template language may leak into a caption.
    expect(result.text).not.toMatch(/[{}]/);
    expect(result.text).not.toMatch(/\n{3}|[ \t]\n|^\s|\s$/);
    // The first line is what shows before "… more": it must say something.
    expect(result.text.split('\n')[0]?.length).toBeGreaterThan(5);
  });

  it.each(cases.filter((c) => c.platform !== 'facebook').map((c) => [c.t.id, c.platform, c.fill, c] as const))(
    '%s on %s (%s): at most 5 hashtags and no link that would not be clickable',
    (_id, platform, _fill, c) => {
      const { text } = renderTemplate(c.t, { platform, values: c.values, profile: SAMPLE_PROFILE, now: NOW });
      expect(text.match(HASHTAG)?.length ?? 0).toBeLessThanOrEqual(5);
      // An e-mail address is fine: it is read, not clicked.
      expect(text).not.toMatch(/https?:\/\/|www\.|(?<![@\w.-])[a-z0-9-]+\.(go|desa)\.id\b|\baduankonten\.id\b/i);
    },
  );

  it.each(PLATFORMS)('reads well on %s for a bare profile (only an official name) and only the required fields', (platform) => {
    const bare: Profile = {
      id: 'polos',
      officialName: 'Pemerintah Desa Sukamaju',
      shortNames: [],
      handles: {},
      hashtags: { required: [], recommended: [], forbidden: [] },
      contacts: [],
      timeZone: 'WIT',
      allowedWords: [],
    };
    for (const t of BUILTIN_TEMPLATES) {
      const result = renderTemplate(t, { platform, values: requiredValues(t), profile: bare, now: NOW });
      expect(result.emptyProfile, t.id).toEqual([]);
      // No gap left where a missing handle, tagline or contact would have been.
      expect(result.text, t.id).not.toMatch(/ {2}| [.,:;)]|\( |\n\n\n|:$/);
    }
  });

  it('keeps every text neutral: no election vocabulary anywhere in the library', () => {
    const all = JSON.stringify(BUILTIN_TEMPLATES).toLowerCase();
    for (const word of ['pemilu', 'pilkada', 'pilpres', 'kampanye', 'paslon', 'coblos', 'caleg', 'capres', 'nomor urut', 'partai', 'calon']) {
      expect(all, word).not.toContain(word);
    }
  });

  it('uses EYD V spellings, not the common mistakes', () => {
    const all = JSON.stringify(BUILTIN_TEMPLATES);
    for (const wrong of [/\bhimbau/i, /\bsilahkan\b/i, /\bijin\b/i, /\bIdul Fitri\b/, /\bRamadhan\b/, /\bJum'at\b/, /\bterimakasih\b/i, /\bdimana\b/i, /\bdisini\b/i, /\bantri\b/i, /\bjadual\b/i, /\bkerjasama\b/i, /\bresiko\b/i, /\bpraktek\b/i]) {
      expect(all).not.toMatch(wrong);
    }
  });

  it('formats the hoax clarification the way fact-checkers do: label, claim, facts, source', () => {
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'klarifikasi-hoaks');
    expect(t).toBeDefined();
    if (!t) return;
    for (const platform of PLATFORMS) {
      const { text } = renderTemplate(t, { platform, values: exampleValues(t), profile: SAMPLE_PROFILE, now: NOW });
      expect(text).toMatch(/^\[HOAKS\] .+\n\nBeredar informasi[\s\S]*klaim[\s\S]*\nFaktanya:\n[\s\S]*\nSumber: \S/);
    }
  });
});
