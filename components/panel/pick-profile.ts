import type { Platform, Profile } from '../../lib/checks/types';

function normaliseHandle(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

/**
 * Which profile a composer uses: the one whose handle the page shows (an admin who runs several
 * accounts gets the right one without thinking), else the admin's last choice on this platform,
 * else the profile marked default for the platform, else the first.
 */
export function pickProfile(
  profiles: readonly Profile[],
  platform: Platform,
  account: string | null,
  chosenId: string | undefined,
): Profile | undefined {
  if (account) {
    const wanted = normaliseHandle(account);
    const byHandle = profiles.find((p) => {
      const handle = p.handles[platform];
      return handle !== undefined && normaliseHandle(handle) === wanted;
    });
    if (byHandle) return byHandle;
    const byName = profiles.find((p) => p.officialName.trim().toLowerCase() === account.trim().toLowerCase());
    if (byName) return byName;
  }
  return (
    profiles.find((p) => p.id === chosenId) ??
    profiles.find((p) => p.defaultFor?.includes(platform)) ??
    profiles[0]
  );
}
