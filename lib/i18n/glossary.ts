/**
 * The UI glossary: one Indonesian (and English) term per concept, so every page says the same
 * thing the same way. `avoid` lists the words that drifted in before; glossary.test.ts fails when
 * the Indonesian catalogue uses one of them. Add a concept here before using a new word for it.
 */
export interface GlossaryTerm {
  concept: string;
  id: string;
  en: string;
  /** Patterns (whole words, any case) that must not appear in the Indonesian catalogue. */
  avoid: string[];
}

export const UI_GLOSSARY: readonly GlossaryTerm[] = [
  { concept: 'a post (noun)', id: 'unggahan', en: 'post', avoid: ['posting', 'postingan', 'post'] },
  { concept: 'to post', id: 'mengunggah / unggah', en: 'to post', avoid: ['memposting', 'diposting', 'posting'] },
  { concept: 'caption', id: 'keterangan', en: 'caption', avoid: ['takarir', 'caption', 'teks unggahan'] },
  { concept: 'hashtag', id: 'tagar', en: 'hashtag', avoid: ['hashtag', 'tanda pagar'] },
  { concept: 'browser', id: 'peramban', en: 'browser', avoid: ['browser'] },
  { concept: 'composer (the site’s “create post” window)', id: 'jendela unggahan', en: 'composer', avoid: ['komposer'] },
  { concept: 'caption editor', id: 'kolom keterangan', en: 'caption editor', avoid: ['editor'] },
  { concept: 'error (severity)', id: 'kesalahan', en: 'error', avoid: ['error', 'galat', 'eror'] },
  { concept: 'warning (severity)', id: 'peringatan', en: 'warning', avoid: ['warning'] },
  { concept: 'preset pack', id: 'paket', en: 'pack', avoid: ['preset', 'pack'] },
  { concept: 'template', id: 'templat', en: 'template', avoid: ['template'] },
  { concept: 'institution profile', id: 'profil', en: 'profile', avoid: ['profile'] },
  { concept: 'account / handle', id: 'akun', en: 'account', avoid: ['handle', 'username'] },
  { concept: 'e-mail', id: 'surel', en: 'e-mail', avoid: ['email', 'e-mail'] },
  { concept: 'link', id: 'tautan', en: 'link', avoid: ['url'] },
  { concept: 'settings page', id: 'pengaturan', en: 'settings', avoid: ['opsi', 'options'] },
  { concept: 'check (a rule)', id: 'pemeriksaan', en: 'check', avoid: ['rule', 'aturan cek'] },
];

/**
 * Where an avoided word is right: the sites' own labels that the practice page imitates (Facebook's
 * button says "Posting"), and phrases naming those buttons.
 */
export const SITE_LABEL_KEYS: ReadonlySet<string> = new Set(['pracIgTitle', 'pracFbTitle', 'pracFbPost', 'pracTtPost']);
export const SITE_LABEL_PHRASES: readonly string[] = ['Bagikan/Posting', 'link di bio', 'Saring sebelum sharing'];
