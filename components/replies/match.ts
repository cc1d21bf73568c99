/**
 * Whether a reply box answers on the institution's behalf: the page says the admin comments as the
 * institution (Facebook's "Comment as …"), or the post belongs to one of the institution's
 * profiles (its handle or official name on the post). Anything else (a citizen's post, a friend's
 * post) gets no reply button.
 */
import type { Platform, Profile } from '../../lib/checks/types';

const norm = (value: string): string => value.trim().replace(/^@/, '').toLowerCase();

function namesOf(profile: Profile, platform: Platform): Set<string> {
  const names = [profile.officialName, ...profile.shortNames, profile.handles[platform] ?? ''].filter((name) => name.trim() !== '');
  return new Set(names.map(norm));
}

export function institutionProfile(
  profiles: readonly Profile[],
  platform: Platform,
  page: { identity: string | null; owners: readonly string[] },
): Profile | null {
  for (const profile of profiles) {
    const names = namesOf(profile, platform);
    if (page.identity && names.has(norm(page.identity))) return profile;
    if (page.owners.some((owner) => names.has(norm(owner)))) return profile;
  }
  return null;
}
