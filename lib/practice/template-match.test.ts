import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, renderTemplate } from '../templates';
import { PRACTICE_PROFILE } from './institution';
import { matchesTemplate, skeleton } from './template-match';

const report = BUILTIN_TEMPLATES.find((t) => t.id === 'laporan-kegiatan')!;
const values = Object.fromEntries(report.fields.flatMap((f) => (f.example ? [[f.name, f.example]] : [])));

describe('template match', () => {
  it('recognises a caption written with the template, even edited afterwards', () => {
    expect(skeleton(report, 'instagram').length).toBeGreaterThan(0);
    const text = renderTemplate(report, { platform: 'instagram', values, profile: PRACTICE_PROFILE }).text;
    expect(matchesTemplate(text, report, 'instagram')).toBe(true);
    expect(matchesTemplate(`${text}\n\nFoto: Diskominfo`.replace(/\n+/g, ' '), report, 'instagram')).toBe(true);
  });

  it('does not take a caption written freely for a template one', () => {
    expect(matchesTemplate('Rapat koordinasi stunting di aula, dipimpin sekda. #SukamajuMaju', report, 'instagram')).toBe(false);
    expect(matchesTemplate('', report, 'instagram')).toBe(false);
  });
});
