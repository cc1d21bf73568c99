import type { TemplateField } from '../types';

/**
 * Small builders so the library reads like a list of captions rather than object boilerplate.
 * They only fill in `type` and `label`; every template is still a plain Template object, the same
 * shape a preset pack carries under "templates".
 */

type Extra = Omit<TemplateField, 'name' | 'type' | 'label'>;

function field(type: TemplateField['type']) {
  return (name: string, id: string, en: string, extra: Extra = {}): TemplateField => ({
    name,
    type,
    label: { id, en },
    ...extra,
  });
}

export const text = field('text');
export const paragraph = field('paragraph');
export const date = field('date');
export const time = field('time');
export const choice = field('choice');

/** The institution's sign-off: tagline and footer when the profile has them, nothing otherwise. */
export const SIGN_OFF = `
{?profil.tagline}
{profil.tagline}
{/profil.tagline}
{?profil.footer}
{profil.footer}
{/profil.footer}`;

/** Instagram and TikTok do not make caption links clickable; the profile's bio carries them. */
export const LINK_IN_BIO = 'Informasi selengkapnya melalui tautan di bio{?profil.handle} {profil.handle}{/profil.handle}.';
