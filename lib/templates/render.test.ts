import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldsOf, initialValues, renderTemplate } from './render';
import type { RenderOptions } from './render';
import type { Template, TemplateField } from './types';
import type { Profile } from '../checks/types';
import { PLATFORMS } from '../checks/types';
import { SAMPLE_PROFILE } from './samples';

const NOW = new Date('2024-03-19T03:00:00Z'); // Selasa 10.00 WIB

function tpl(body: string, fields: TemplateField[] = [], extra: Partial<Template> = {}): Template {
  return { id: 'uji', title: { id: 'Uji' }, category: 'uji', purpose: 'informatif', fields, body, ...extra };
}

const f = {
  text: (name: string, required = false): TemplateField => ({ name, type: 'text', label: { id: name }, required }),
  paragraph: (name: string): TemplateField => ({ name, type: 'paragraph', label: { id: name } }),
  date: (name: string, extra: Partial<TemplateField> = {}): TemplateField => ({ name, type: 'date', label: { id: name }, ...extra }),
  time: (name: string, extra: Partial<TemplateField> = {}): TemplateField => ({ name, type: 'time', label: { id: name }, ...extra }),
  choice: (name: string, options: string[], extra: Partial<TemplateField> = {}): TemplateField => ({
    name,
    type: 'choice',
    label: { id: name },
    options,
    ...extra,
  }),
};

function render(t: Template, values: Record<string, unknown>, options: Partial<RenderOptions> = {}) {
  return renderTemplate(t, { platform: 'facebook', values, profile: SAMPLE_PROFILE, now: NOW, ...options });
}

describe('field types', () => {
  const fields = [
    f.text('judul'),
    f.paragraph('isi'),
    f.date('tanggal'),
    f.time('jam'),
    f.choice('label', ['HOAKS', 'SALAH']),
  ];
  it.each([
    ['{judul}', { judul: '  Rapat  koordinasi ' }, 'Rapat  koordinasi'],
    ['«{judul}»', { judul: 'Baris satu\r\nbaris dua' }, '«Baris satu baris dua»'],
    ['{isi}', { isi: 'Satu.\r\nDua.\n\nTiga.' }, 'Satu.\nDua.\n\nTiga.'],
    ['{tanggal}', { tanggal: '2024-03-19' }, 'Selasa, 19 Maret 2024'],
    ['{tanggal}', { tanggal: 'besok' }, 'Rabu, 20 Maret 2024'],
    ['{tanggal:tanggal}', { tanggal: 'lusa' }, '21 Maret 2024'],
    ['{tanggal:hari}', { tanggal: 'kemarin' }, 'Senin'],
    ['pukul {jam}', { jam: '08:00' }, 'pukul 08.00 WIB'],
    ['{jam:jam}–selesai', { jam: '8.30' }, '08.30–selesai'],
    ['[{label}]', { label: 'SALAH' }, '[SALAH]'],
    ['{judul:kapital}. Hadiri {judul}.', { judul: 'rapat warga' }, 'Rapat warga. Hadiri rapat warga.'],
    ['{isi:kapital}', { isi: 'édisi baru\nbaris dua' }, 'Édisi baru\nbaris dua'],
  ])('%s with %j gives %j', (body, values, expected) => {
    const result = render(tpl(body, fields), values);
    expect(result.errors).toEqual([]);
    expect(result.text).toBe(expected);
  });

  it('never reads template syntax inside a value: what the admin types is what is posted', () => {
    const result = render(tpl('{judul}', fields), { judul: '{profil.nama} {{x}} {?a}' });
    expect(result.text).toBe('{profil.nama} {{x}} {?a}');
    expect(result.errors).toEqual([]);
  });

  it.each([
    ['WIB', '08.00 WIB'],
    ['WITA', '08.00 WITA'],
    ['WIT', '08.00 WIT'],
  ] as const)('times carry the profile time zone %s', (timeZone, expected) => {
    const profile: Profile = { ...SAMPLE_PROFILE, timeZone };
    expect(render(tpl('{jam}', fields), { jam: '08.00' }, { profile }).text).toBe(expected);
  });

  it('resolves "hari ini" in the profile zone: 23.30 WIB is already the next day in WIT', () => {
    const now = new Date('2024-03-19T16:30:00Z');
    const wib = render(tpl('{tanggal}', fields), { tanggal: 'hari ini' }, { now });
    const wit = render(tpl('{tanggal}', fields), { tanggal: 'hari ini' }, { now, profile: { ...SAMPLE_PROFILE, timeZone: 'WIT' } });
    expect([wib.text, wit.text]).toEqual(['Selasa, 19 Maret 2024', 'Rabu, 20 Maret 2024']);
  });

  it.each([
    ['{tanggal}', { tanggal: '31 Februari' }, '31 Februari', 'tanggal'],
    ['{jam}', { jam: '25.00' }, '25.00', 'jam'],
    ['{label}', { label: 'PALSU' }, 'PALSU', 'label'],
  ])('shows a value that does not fit (%s = %j) as typed and reports it', (body, values, text, field) => {
    const result = render(tpl(body, fields), values);
    expect(result.text).toBe(text);
    expect(result.errors.map((e) => [e.code, e.part, e.field])).toEqual([['bad-value', 'values', field]]);
  });
});

describe('optional sections', () => {
  const fields = [f.text('lokasi'), f.text('catatan'), f.time('mulai'), f.time('selesai')];
  it.each([
    ['Rapat{?lokasi} di {lokasi}{/lokasi}.', { lokasi: 'Aula' }, 'Rapat di Aula.'],
    ['Rapat{?lokasi} di {lokasi}{/lokasi}.', {}, 'Rapat.'],
    ['Rapat{?lokasi} di {lokasi}{/lokasi}.', { lokasi: '   ' }, 'Rapat.'],
    ['{!lokasi}Daring{/lokasi}{?lokasi}Luring{/lokasi}', {}, 'Daring'],
    ['{!lokasi}Daring{/lokasi}{?lokasi}Luring{/lokasi}', { lokasi: 'Aula' }, 'Luring'],
    ['A\n{?lokasi}\nLokasi: {lokasi}\n{/lokasi}\nB', {}, 'A\nB'],
    ['A\n{?lokasi}\nLokasi: {lokasi}\n{/lokasi}\nB', { lokasi: 'Aula' }, 'A\nLokasi: Aula\nB'],
    ['A\n\n{?lokasi}\nL\n\n{/lokasi}\n{?catatan}\nC\n{/catatan}\n\nB', {}, 'A\n\nB'],
    ['{?mulai}{?selesai}{mulai:jam}–{selesai}{/selesai}{!selesai}{mulai} s.d. selesai{/selesai}{/mulai}', { mulai: '08.00' }, '08.00 WIB s.d. selesai'],
    ['{?mulai}{?selesai}{mulai:jam}–{selesai}{/selesai}{!selesai}{mulai} s.d. selesai{/selesai}{/mulai}', { mulai: '08.00', selesai: '12.00' }, '08.00–12.00 WIB'],
  ])('%j with %j gives %j', (body, values, expected) => {
    expect(render(tpl(body, fields), values).text).toBe(expected);
  });

  it('tests profile variables too: no tagline, no tagline line', () => {
    const t = tpl('Isi\n{?profil.tagline}\n{profil.tagline}\n{/profil.tagline}\nAkhir');
    expect(render(t, {}).text).toBe('Isi\nSukamaju Maju, Warga Sejahtera\nAkhir');
    const { tagline: _dropped, ...withoutTagline } = SAMPLE_PROFILE;
    expect(render(t, {}, { profile: withoutTagline }).text).toBe('Isi\nAkhir');
  });
});

describe('profile variables', () => {
  it.each([
    ['{profil.nama}', 'facebook', 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju'],
    ['{profil.singkatan}', 'facebook', 'Diskominfo Sukamaju'],
    ['{profil.handle}', 'instagram', '@diskominfosukamaju'],
    ['{profil.tagline}', 'facebook', 'Sukamaju Maju, Warga Sejahtera'],
    ['{profil.tagar}', 'tiktok', '#SukamajuMaju #DiskominfoSukamaju'],
    ['{profil.kontak}', 'facebook', 'Telepon: (0274) 868405\nSurel: diskominfo@sukamajukab.go.id\nLaman: sukamajukab.go.id'],
    ['{profil.kontak}', 'instagram', 'Telepon: (0274) 868405\nSurel: diskominfo@sukamajukab.go.id'],
    ['{profil.footer}', 'facebook', 'Ikuti akun resmi Diskominfo Sukamaju untuk informasi terbaru.'],
    ['{profil.zona}', 'facebook', 'WIB'],
  ] as const)('%s on %s', (body, platform, expected) => {
    expect(render(tpl(body), {}, { platform }).text).toBe(expected);
  });

  it('picks the handle of the platform being rendered, and tolerates one written with @', () => {
    const profile: Profile = { ...SAMPLE_PROFILE, handles: { instagram: 'humas.ig', tiktok: '@humas.tt' } };
    const t = tpl('{profil.handle}');
    expect(PLATFORMS.map((platform) => render(t, {}, { platform, profile }).text)).toEqual(['@humas.ig', '', '@humas.tt']);
  });

  it('labels contacts with their own label when the profile gives one', () => {
    const profile: Profile = {
      ...SAMPLE_PROFILE,
      contacts: [{ kind: 'whatsapp', value: '0811-2233-4455', label: { id: 'WhatsApp Pengaduan' } }, { kind: 'web', value: 'sukamajukab.go.id' }],
    };
    expect(render(tpl('{profil.kontak}'), {}, { profile }).text).toBe('WhatsApp Pengaduan: 0811-2233-4455\nLaman: sukamajukab.go.id');
  });

  it('leaves web addresses out of the contacts where the preset says links are not clickable', () => {
    const t = tpl('{profil.kontak}');
    expect(render(t, {}, { platform: 'tiktok' }).text).not.toContain('Laman');
    expect(render(t, {}, { platform: 'tiktok', linksClickable: true }).text).toContain('Laman: sukamajukab.go.id');
    expect(render(t, {}, { platform: 'facebook', linksClickable: false }).text).not.toContain('Laman');
  });

  it('falls back to the official name when there is no short name', () => {
    const profile: Profile = { ...SAMPLE_PROFILE, shortNames: [] };
    expect(render(tpl('{profil.singkatan}'), {}, { profile }).text).toBe(SAMPLE_PROFILE.officialName);
  });

  it('reports profile variables that render empty outside a section', () => {
    const result = render(tpl('{profil.nama} {profil.tagline}'), {}, { profile: undefined });
    expect(result.text).toBe('');
    expect(result.emptyProfile).toEqual(['profil.nama', 'profil.tagline']);
  });
});

describe('variants and the hashtag block', () => {
  const t = tpl('Isi umum. {profil.handle}', [f.text('tautan')], {
    hashtags: '{profil.tagar} #InfoLayanan',
    variants: {
      instagram: { body: 'Isi Instagram: tautan di bio {profil.handle}.' },
      facebook: { body: 'Isi Facebook: {tautan}', hashtags: '{profil.tagar} #InfoLayanan #PelayananPublik' },
    },
  });

  it.each([
    ['instagram', 'Isi Instagram: tautan di bio @diskominfosukamaju.\n\n#SukamajuMaju #DiskominfoSukamaju #InfoLayanan'],
    ['facebook', 'Isi Facebook: https://contoh.go.id\n\n#SukamajuMaju #DiskominfoSukamaju #InfoLayanan #PelayananPublik'],
    ['tiktok', 'Isi umum. @diskominfosukamaju\n\n#SukamajuMaju #DiskominfoSukamaju #InfoLayanan'],
  ] as const)('%s gets its own body and hashtags', (platform, expected) => {
    expect(render(t, { tautan: 'https://contoh.go.id' }, { platform }).text).toBe(expected);
  });

  it('the form shows only the fields the platform uses', () => {
    expect(fieldsOf(t, 'facebook').map((x) => x.name)).toEqual(['tautan']);
    expect(fieldsOf(t, 'instagram')).toEqual([]);
  });

  it('drops a hashtag the profile or the body already has (any case), so none is counted twice', () => {
    const dup = tpl('Info #CekFakta', [], { hashtags: '{profil.tagar} #sukamajumaju #cekfakta #Baru #baru' });
    expect(render(dup, {}).text).toBe('Info #CekFakta\n\n#SukamajuMaju #DiskominfoSukamaju #Baru');
  });

  it.each([
    ['instagram', undefined, '#SukamajuMaju #DiskominfoSukamaju #A #B #C', ['#D', '#E']],
    ['tiktok', undefined, '#SukamajuMaju #DiskominfoSukamaju #A #B #C', ['#D', '#E']],
    ['facebook', undefined, '#SukamajuMaju #DiskominfoSukamaju #A #B #C #D #E', []],
    ['instagram', 30, '#SukamajuMaju #DiskominfoSukamaju #A #B #C #D #E', []],
    ['facebook', 3, '#SukamajuMaju #DiskominfoSukamaju #A', ['#B', '#C', '#D', '#E']],
  ] as const)('on %s with limit %s keeps the post within the hashtag limit', (platform, hashtagLimit, tags, dropped) => {
    const t = tpl('Isi', [], { hashtags: '{profil.tagar} #A #B #C #D #E' });
    const result = render(t, {}, { platform, hashtagLimit });
    expect(result.text).toBe(`Isi\n\n${tags}`);
    expect(result.droppedHashtags).toEqual(dropped);
  });

  it('leaves no trailing blank lines when the hashtag block is empty', () => {
    expect(render(tpl('Isi', [], { hashtags: '{profil.tagar}' }), {}, { profile: undefined }).text).toBe('Isi');
  });
});

describe('required fields', () => {
  const t = tpl('{judul}{?catatan} {catatan}{/catatan}', [f.text('judul', true), f.text('catatan', true), f.text('tak_dipakai', true)]);
  it('reports required fields without value instead of leaving a silent blank', () => {
    expect(render(t, { judul: 'Rapat' }).missing).toEqual(['catatan']);
    expect(render(t, {}).missing).toEqual(['judul', 'catatan']);
    expect(render(t, { judul: ' ', catatan: 'x' }).missing).toEqual(['judul']);
  });
  it('ignores required fields the platform does not use', () => {
    expect(render(t, { judul: 'a', catatan: 'b' }).missing).toEqual([]);
  });
});

describe('initialValues', () => {
  it('gives the form a value per field: relative dates as YYYY-MM-DD, times as HH:MM', () => {
    const t = tpl('', [
      f.date('tanggal', { default: 'besok' }),
      f.date('tetap', { default: '2024-08-17' }),
      f.time('jam', { default: '8.00' }),
      f.choice('label', ['HOAKS', 'SALAH'], { default: 'SALAH' }),
      f.choice('rusak', ['A', 'B'], { default: 'C' }),
      f.text('kosong'),
    ]);
    expect(initialValues(t, NOW)).toEqual({
      tanggal: '2024-03-20',
      tetap: '2024-08-17',
      jam: '08:00',
      label: 'SALAH',
      rusak: '',
      kosong: '',
    });
    // 23.30 WIB on the 19th is the 20th in WIT, so "besok" is the 21st there.
    expect(initialValues(t, new Date('2024-03-19T16:30:00Z'), 'WIT').tanggal).toBe('2024-03-21');
  });
});

describe('rendering never throws', () => {
  it('on arbitrary bodies, values and broken template objects', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
        fc.string({ maxLength: 60 }),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object())),
        fc.constantFrom(...PLATFORMS),
        fc.anything(),
        (body, hashtags, values, platform, junk) => {
          const broken = { ...tpl(body, [f.date('tanggal'), f.text('nama')], { hashtags }), variants: junk } as unknown as Template;
          const result = renderTemplate(broken, { platform, values, profile: SAMPLE_PROFILE, now: NOW });
          expect(typeof result.text).toBe('string');
          // The renderer copes by itself; the catch-all safety net is not what keeps it alive.
          expect(result.errors.map((e) => e.code)).not.toContain('render-failed');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on templates, profiles and dates that are not what the types say', () => {
    const junk: unknown[] = [null, undefined, 42, 'teks', [], {}, { body: 5, fields: 'x' }, { body: '{a}', fields: [null, 3, { name: 1 }] }];
    for (const t of junk) {
      for (const profile of junk) {
        const result = renderTemplate(t as Template, { platform: 'instagram', values: junk[6] as Record<string, unknown>, profile: profile as Profile, now: new Date(Number.NaN) });
        expect(typeof result.text).toBe('string');
      }
    }
  });
});
