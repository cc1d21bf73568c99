/** How each simulated composer is labelled: close enough to the real site to recognise, no logos. */
import type { Platform } from '../../lib/checks/types';
import type { MessageKey } from '../../lib/i18n';

export interface ComposerLook {
  /** The composer's heading, as the site shows it. */
  title: MessageKey;
  placeholder: MessageKey;
  post: MessageKey;
  site: MessageKey;
  account: string;
}

export const LOOKS: Record<Platform, ComposerLook> = {
  instagram: { title: 'pracIgTitle', placeholder: 'pracIgPlaceholder', post: 'pracIgPost', site: 'platformInstagram', account: 'pemkab.sukamaju' },
  facebook: { title: 'pracFbTitle', placeholder: 'pracFbPlaceholder', post: 'pracFbPost', site: 'platformFacebook', account: 'Pemkab Sukamaju' },
  tiktok: { title: 'pracTtTitle', placeholder: 'pracTtPlaceholder', post: 'pracTtPost', site: 'platformTiktok', account: 'pemkab.sukamaju' },
};
