/**
 * The pack every install starts with, built from TypeScript sources so templates and defaults stay
 * in one place. `npm run gen:pack` writes it to public/packs/default.json; a test keeps the two equal.
 */
import { DEFAULT_SETTINGS } from '../../checks/defaults';
import { BUILTIN_REPLY_TEMPLATES, BUILTIN_TEMPLATES } from '../../templates/library';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../types';
import { STARTER_CLAIMS } from './claims';
import { DEFAULT_GLOSSARY } from './glossary';
import { EXAMPLE_PROFILE } from './profile';

/** The date admins see on the pack; installs replace the stored default whenever the content differs. */
export const DEFAULT_PACK_UPDATED = '2026-01-15';

export function buildDefaultPack(): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: 'saring-default',
    name: 'Paket bawaan Saring',
    publisher: { name: 'Saring' },
    updated: DEFAULT_PACK_UPDATED,
    description:
      'Titik awal: contoh profil, glosarium nama resmi, templat takarir, daftar awal klaim hoaks yang sudah dibantah dan pengaturan aturan bawaan. Ganti profil contoh dengan akun instansi Anda.',
    profiles: [EXAMPLE_PROFILE],
    glossary: DEFAULT_GLOSSARY,
    templates: [...BUILTIN_TEMPLATES, ...BUILTIN_REPLY_TEMPLATES],
    ruleSettings: structuredClone(DEFAULT_SETTINGS),
    exercises: [],
    claims: STARTER_CLAIMS,
  };
}
