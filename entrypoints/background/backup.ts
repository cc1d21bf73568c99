import { getLocalOverrides, replaceLocalOverrides, todayAt, validateLocalOverrides } from '../../lib/store';
import type { SaringDB } from '../../lib/store';
import type { LocalBackupDeps } from '../../lib/journal/service';
import type { BackgroundDeps } from './deps';

/** The admin's own profiles, templates, glossary and rule settings in pack-independent backups. */
export function localBackup(db: SaringDB, deps: BackgroundDeps): LocalBackupDeps {
  return {
    async export() {
      return { ...(await getLocalOverrides(db)) };
    },
    async check(local, lang) {
      const checked = validateLocalOverrides(local, lang, await todayAt(db, deps.now()));
      return checked.ok ? [] : checked.errors;
    },
    async import(local) {
      const now = deps.now();
      const lang = await deps.lang();
      const checked = validateLocalOverrides(local, lang, await todayAt(db, now));
      if (!checked.ok) throw new Error(checked.errors[0]?.message ?? 'invalid backup');
      const written = await replaceLocalOverrides(db, checked.local, { lang, now, today: await todayAt(db, now) });
      if (!written.ok) throw new Error(written.errors[0]?.message ?? 'restore failed');
      await deps.bumpRevision();
    },
  };
}
