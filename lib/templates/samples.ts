import type { Profile } from '../checks/types';
import type { Template } from './types';

/**
 * A made-up institution for previews, the README and tests ("Sukamaju" is a placeholder place
 * name). Its contacts are institutional, never a person's.
 */
export const SAMPLE_PROFILE: Profile = {
  id: 'contoh-diskominfo-sukamaju',
  officialName: 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju',
  shortNames: ['Diskominfo Sukamaju'],
  handles: { instagram: 'diskominfosukamaju', facebook: 'diskominfosukamaju', tiktok: 'diskominfosukamaju' },
  hashtags: { required: ['SukamajuMaju', 'DiskominfoSukamaju'], recommended: [], forbidden: [] },
  tagline: 'Sukamaju Maju, Warga Sejahtera',
  footer: 'Ikuti akun resmi Diskominfo Sukamaju untuk informasi terbaru.',
  contacts: [
    { kind: 'phone', value: '(0274) 868405' },
    { kind: 'email', value: 'diskominfo@sukamajukab.go.id' },
    { kind: 'web', value: 'sukamajukab.go.id' },
  ],
  timeZone: 'WIB',
  allowedWords: ['Sukamaju'],
};

/** Every field at its example (or default): the fullest caption a template produces. */
export function exampleValues(t: Template): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of t.fields) values[f.name] = f.example ?? f.default ?? '';
  return values;
}

/** Only the required fields filled: every optional section left out. */
export function requiredValues(t: Template): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of t.fields) if (f.required) values[f.name] = f.example ?? f.default ?? '';
  return values;
}
