/** How platforms are named in messages. */
import type { Platform } from './types';

export const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok' };
