/** Link helpers the live rules share with the hoax signs (kept apart so the content script loads no hoax list). */
import { SHORTENERS } from '../data';
import { PATTERNS } from './patterns';

const SHORT_HOSTS = new Set(SHORTENERS.map((s) => s.domain));

export function hostOf(url: string): string {
  const noScheme = url.replace(PATTERNS.urlScheme, '');
  const host = noScheme.split(PATTERNS.urlPathStart)[0] ?? '';
  return host.toLowerCase().replace(PATTERNS.wwwPrefix, '');
}

/** A link through a URL shortener (bit.ly, s.id …), which hides where it leads. */
export function isShortLink(url: string): boolean {
  return SHORT_HOSTS.has(hostOf(url));
}
