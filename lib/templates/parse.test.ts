import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeTemplateText, parseTemplate } from './parse';
import type { TemplateNode } from './ast';
import type { TemplateField } from './types';

/** A compact picture of the tree: text as is, values as {name}, sections as ?name(…) / !name(…). */
function shape(nodes: TemplateNode[]): string {
  return nodes
    .map((n) => {
      if (n.kind === 'text') return JSON.stringify(n.value);
      const name = n.ref.kind === 'field' ? n.ref.name : `profil.${n.ref.variable}`;
      if (n.kind === 'value') return `{${name}${n.format ? `:${n.format}` : ''}}`;
      return `${n.negated ? '!' : '?'}${name}(${shape(n.children)})`;
    })
    .join(' ');
}

describe('parseTemplate: syntax', () => {
  it.each([
    ['Halo', '"Halo"'],
    ['Rapat {kegiatan} hari ini', '"Rapat " {kegiatan} " hari ini"'],
    ['{ tanggal }', '{tanggal}'],
    ['{tanggal:hari}, {tanggal:tanggal} {jam:jam}', '{tanggal:hari} ", " {tanggal:tanggal} " " {jam:jam}'],
    ['{profil.nama} ({profil.singkatan})', '{profil.nama} " (" {profil.singkatan} ")"'],
    ['{profil.handle}{profil.tagline}{profil.tagar}{profil.kontak}{profil.footer}{profil.zona}', '{profil.handle} {profil.tagline} {profil.tagar} {profil.kontak} {profil.footer} {profil.zona}'],
    ['Kurung {{kurawal}} tetap', '"Kurung {kurawal} tetap"'],
    ['{{{nama}}}', '"{" {nama} "}"'],
    ['[HOAKS] [[bukan bagian]]', '"[HOAKS] [[bukan bagian]]"'],
    ['a{?lokasi}di {lokasi}{/lokasi}b', '"a" ?lokasi("di " {lokasi}) "b"'],
    ['{!lokasi}daring{/lokasi}', '!lokasi("daring")'],
    ['{?a}{?b}x{/b}{/a}', '?a(?b("x"))'],
    ['{?profil.tagline}{profil.tagline}{/profil.tagline}', '?profil.tagline({profil.tagline})'],
  ])('%j', (source, expected) => {
    const { ast, errors } = parseTemplate(source);
    expect(errors).toEqual([]);
    expect(shape(ast)).toBe(expected);
  });

  it('drops the whole line of a section tag that stands alone, so a hidden section leaves no blank line', () => {
    const { ast } = parseTemplate('Satu\n{?x}\nDua {x}\n  {/x}  \nTiga');
    expect(shape(ast)).toBe('"Satu\\n" ?x("Dua " {x} "\\n") "Tiga"');
  });

  it('keeps the line break around a section tag that shares its line with text', () => {
    const { ast } = parseTemplate('Satu {?x}dua{/x}\nTiga');
    expect(shape(ast)).toBe('"Satu " ?x("dua") "\\nTiga"');
  });

  it('records source offsets of every node', () => {
    const { ast } = parseTemplate('Rapat {kegiatan}.');
    expect(ast.map((n) => [n.start, n.end])).toEqual([
      [0, 6],
      [6, 16],
      [16, 17],
    ]);
  });
});

describe('parseTemplate: errors with positions', () => {
  it.each([
    ['Rapat {kegiatan', 'unclosed-field', 6, 15, 1, 7],
    ['Baris satu\nRapat {kegiatan\nbaris tiga', 'unclosed-field', 17, 26, 2, 7],
    ['Kurung } saja', 'stray-brace', 7, 8, 1, 8],
    ['{Nama Kegiatan}', 'bad-reference', 0, 15, 1, 1],
    ['{}', 'bad-reference', 0, 2, 1, 1],
    ['x\n\n  {profil.alamat}', 'unknown-profile-variable', 5, 20, 3, 3],
    ['{nama:besar}', 'bad-format', 0, 12, 1, 1],
    ['{profil.nama:jam}', 'bad-format', 0, 17, 1, 1],
    ['Awal\n{?lokasi}\nLokasi: {lokasi}', 'unclosed-section', 5, 14, 2, 1],
    ['{/lokasi}', 'unexpected-section-end', 0, 9, 1, 1],
    ['{?a}x{/b}{/a}', 'unexpected-section-end', 5, 9, 1, 6],
    ['{?a}{?b}x{/a}', 'unclosed-section', 4, 8, 1, 5],
    ['🎉 {kegiatan', 'unclosed-field', 3, 12, 1, 4],
  ])('%j gives %s at %i–%i (line %i, column %i)', (source, code, start, end, line, column) => {
    const { errors } = parseTemplate(source);
    expect(errors.map((e) => ({ code: e.code, start: e.start, end: e.end, line: e.line, column: e.column }))).toEqual([
      { code, start, end, line, column },
    ]);
  });

  it('every error explains itself in Indonesian and English', () => {
    const { errors } = parseTemplate('{a b} {profil.x} } {?c}');
    expect(errors.length).toBe(4);
    for (const e of errors) {
      expect(e.message.id.length).toBeGreaterThan(10);
      expect(e.message.en?.length).toBeGreaterThan(10);
    }
  });

  it('still gives a usable tree: broken tags stay as text, an unclosed section runs to the end', () => {
    const { ast } = parseTemplate('A {x B\n{?c}C');
    expect(shape(ast)).toBe('"A {x B\\n" ?c("C")');
  });
});

describe('parseTemplate with declared fields', () => {
  const fields: TemplateField[] = [
    { name: 'tanggal', type: 'date', label: { id: 'Tanggal' } },
    { name: 'jam', type: 'time', label: { id: 'Jam' } },
  ];

  it('reports a field used but not declared, at its position', () => {
    const { errors } = parseTemplate('Pada {tanggal}\ndi {tempat}', fields);
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['undeclared-field', 2, 4]]);
    expect(errors[0]?.message.id).toContain('tempat');
  });

  it('reports undeclared fields used only as a section', () => {
    const { errors } = parseTemplate('{?catatan}x{/catatan}', fields);
    expect(errors.map((e) => e.code)).toEqual(['undeclared-field']);
  });

  it('reports a format that does not fit the field type', () => {
    const { errors } = parseTemplate('{tanggal:jam} {jam:hari} {tanggal:kapital} {tanggal:hari} {jam:jam}', fields);
    expect(errors.map((e) => [e.code, e.start])).toEqual([
      ['bad-format', 0],
      ['bad-format', 14],
      ['bad-format', 25],
    ]);
  });

  it('checks the declarations themselves', () => {
    const bad = [...fields, { name: 'jam', type: 'time', label: { id: 'Jam lagi' } }] as TemplateField[];
    expect(parseTemplate('{tanggal}', bad).errors.map((e) => [e.code, e.field])).toEqual([['duplicate-field', 'jam']]);
  });
});

describe('parseTemplate on any input', () => {
  it('never throws, and every error lies inside the text with a matching line and column', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 120 }).map((s) => s.replace(/[a-z]/g, (c) => (c < 'h' ? '{' : c < 'o' ? '}' : c))), (source) => {
        const { errors } = parseTemplate(source);
        for (const e of errors) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(source.length);
          expect(e.start).toBeLessThanOrEqual(e.end);
          const before = source.slice(0, e.start).split('\n');
          expect([e.line, e.column]).toEqual([before.length, (before[before.length - 1]?.length ?? 0) + 1]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('escapeTemplateText makes any caption a template that renders back to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (caption) => {
        const { ast, errors } = parseTemplate(escapeTemplateText(caption));
        expect(errors).toEqual([]);
        expect(ast.map((n) => (n.kind === 'text' ? n.value : '?')).join('')).toBe(caption);
      }),
      { numRuns: 3000 },
    );
  });
});
