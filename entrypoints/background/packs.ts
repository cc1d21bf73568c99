import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messaging/server';
import type { PackInfo, PackPreview, StoreSnapshot } from '../../lib/messaging/protocol';
import {
  exportSelection,
  getLocalOverrides,
  importPack,
  listPacks,
  permissionPattern,
  previewImport,
  refreshSubscription,
  removeItem,
  removePack,
  revertItem,
  saveLocalItem,
  setLocalRuleSettings,
  setPackEnabled,
  setPackOrder,
  subscribe,
  todayAt,
} from '../../lib/store';
import type { PackRecord, SaringDB } from '../../lib/store';
import { floorPackSettings, type ItemOf, type LocalKind, type PartialRuleSettings } from '../../lib/presets';
import type { WriteContext } from '../../lib/store';
import type { BackgroundDeps } from './deps';
import type { Lang } from '../../lib/checks/types';
import { localized, translate } from '../../lib/i18n';

type PackMessages =
  | 'store:snapshot'
  | 'local:put'
  | 'local:delete'
  | 'local:revert'
  | 'local:rule-settings'
  | 'pack:preview'
  | 'pack:import'
  | 'pack:export'
  | 'pack:remove'
  | 'pack:order'
  | 'pack:enable'
  | 'subscription:add'
  | 'subscription:refresh';

function packInfo(record: PackRecord, lang: Lang): PackInfo {
  const { pack, source } = record;
  return {
    id: record.id,
    name: pack.name,
    publisher: pack.publisher.name,
    updated: pack.updated,
    description: pack.description,
    source: source.kind,
    enabled: record.enabled,
    order: record.order,
    counts: {
      profiles: pack.profiles?.length ?? 0,
      templates: pack.templates?.length ?? 0,
      glossary: pack.glossary?.length ?? 0,
      exercises: pack.exercises?.length ?? 0,
      claims: pack.claims?.length ?? 0,
    },
    locked: pack.locked ?? [],
    subscription:
      source.kind === 'subscription'
        ? {
            url: source.url,
            refreshHours: source.refreshHours,
            lastFetched: source.lastFetched === null ? undefined : new Date(source.lastFetched).toISOString(),
            lastError: source.lastError ? localized(source.lastError.message, lang) : undefined,
          }
        : undefined,
  };
}

/**
 * Which pack brings each item, by name (later packs win, as in the merge), including items the admin
 * has a local copy of, so the options page can say "copy of an item from pack …".
 */
function packItemNames(records: readonly PackRecord[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const record of records) {
    if (!record.enabled) continue;
    for (const kind of ['profiles', 'glossary', 'templates', 'exercises', 'claims'] as const) {
      for (const item of record.pack[kind] ?? []) result[`${kind}/${item.id}`] = record.pack.name;
    }
  }
  return result;
}

/**
 * Class-pack exercises past their own or their pack's `expires` day: the merge drops them, the
 * practice page still lists them as expired so a trainee knows why "exercise 3" is gone.
 */
function expiredExercises(records: readonly PackRecord[], today: string): NonNullable<StoreSnapshot['effective']['expiredExercises']> {
  const past = (expires: string | undefined) => expires !== undefined && expires < today;
  return records
    .filter((record) => record.enabled)
    .flatMap((record) =>
      (record.pack.exercises ?? []).flatMap((e) => {
        // The day it ended: its own, or its pack's when that came first.
        const ended = [e.expires, record.pack.expires].filter(past).sort()[0];
        return ended === undefined ? [] : [{ ...e, expires: ended }];
      }),
    );
}

/** The options page's messages: packs, subscriptions and the admin's own items. */
export function packHandlers(db: SaringDB, deps: BackgroundDeps, onSubscriptionsChanged: () => Promise<void>): Pick<Handlers, PackMessages> {
  const context = async (): Promise<WriteContext> => {
    const now = deps.now();
    return { lang: await deps.lang(), now, today: await todayAt(db, now) };
  };
  /** Every successful write tells open panels and pages to reload the preset. */
  const after = async <T extends { ok: boolean }>(result: T): Promise<T> => {
    if (result.ok) await deps.bumpRevision();
    return result;
  };
  const outcome = (result: { ok: true } | { ok: false; errors: { path: string; message: string }[] }) =>
    result.ok ? { ok: true as const } : { ok: false as const, errors: result.errors };

  return {
    async 'store:snapshot'(): Promise<StoreSnapshot> {
      const [records, local, preset, ui, lang, today] = await Promise.all([
        listPacks(db),
        getLocalOverrides(db),
        deps.effective(),
        deps.readUi(),
        deps.lang(),
        todayAt(db, deps.now()),
      ]);
      return {
        packs: records.map((record) => packInfo(record, lang)),
        local: {
          profiles: local.profiles ?? [],
          templates: local.templates ?? [],
          glossary: local.glossary ?? [],
          claims: local.claims ?? [],
          hidden: local.hidden ?? {},
          ruleSettings: (local.ruleSettings ?? {}) as Record<string, unknown>,
        },
        effective: {
          profiles: preset.profiles,
          templates: preset.templates,
          glossary: preset.glossary,
          claims: preset.claims,
          exercises: preset.exercises,
          expiredExercises: expiredExercises(records, today),
          settings: preset.ruleSettings,
          locked: preset.lockedBy,
          safety: preset.safety,
        },
        ui,
        packItems: packItemNames(records),
      };
    },
    async 'local:put'({ kind, item }) {
      const result = await saveLocalItem(db, kind as LocalKind, item as unknown as ItemOf[LocalKind], await context());
      return outcome(await after(result));
    },
    async 'local:delete'({ kind, id }) {
      return outcome(await after(await removeItem(db, kind, id, await context())));
    },
    async 'local:revert'({ kind, id }) {
      return outcome(await after(await revertItem(db, kind, id, await context())));
    },
    async 'local:rule-settings'({ settings }) {
      return outcome(await after(await setLocalRuleSettings(db, settings as PartialRuleSettings, await context())));
    },
    async 'pack:preview'({ text }) {
      const result = await previewImport(db, text, await deps.lang());
      if (!result.ok) return { ok: false, errors: result.errors };
      const { pack, diff, installed } = result.preview;
      const preview: PackPreview = {
        pack: { id: pack.id, name: pack.name, publisher: pack.publisher.name, updated: pack.updated, version: pack.version, description: pack.description },
        replaces: installed !== null,
        added: diff.added,
        changed: diff.changed,
        removed: diff.removed,
        ruleSettings: diff.ruleSettings,
        locks: diff.locks,
        safety: floorPackSettings(pack.ruleSettings).changes,
      };
      return { ok: true, preview };
    },
    async 'pack:import'({ text }) {
      const result = await after(await importPack(db, text, await deps.lang(), deps.now()));
      return result.ok ? { ok: true, packId: result.record.id } : { ok: false, errors: result.errors };
    },
    async 'pack:export'({ name, publisher, include, locked }) {
      const ctx = await context();
      const local = include.ruleSettings ? (await getLocalOverrides(db)).ruleSettings : undefined;
      const id = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'paket';
      const result = await exportSelection(
        db,
        { ...include, ruleSettings: include.ruleSettings ? local ?? {} : undefined, locked },
        { id, name, publisher: { name: publisher }, updated: ctx.today },
        ctx.lang,
        ctx.today,
      );
      return result.ok ? { ok: true, fileName: `${id}.saring.json`, text: result.text } : { ok: false, errors: result.errors };
    },
    async 'pack:remove'({ packId }) {
      return outcome(await after(await removePack(db, packId, await deps.lang())));
    },
    async 'pack:order'({ packIds }) {
      return outcome(await after(await setPackOrder(db, packIds, await deps.lang())));
    },
    async 'pack:enable'({ packId, enabled }) {
      return outcome(await after(await setPackEnabled(db, packId, enabled, await deps.lang())));
    },
    async 'subscription:add'({ url, refreshHours }) {
      const lang = await deps.lang();
      // The options page asks for this origin first (that needs the admin's click). Without it the
      // fetch still works from hosts that allow cross-origin reads, as most static hosts do;
      // otherwise it fails and the error says so.
      const granted = await browser.permissions.contains({ origins: [permissionPattern(url)] }).catch(() => false);
      const result = await after(await subscribe(db, url, { fetch: (u, init) => fetch(u, init), now: deps.now(), lang, refreshHours }));
      if (result.ok) await onSubscriptionsChanged();
      if (result.ok) return { ok: true, packId: result.record.id };
      if (granted) return { ok: false, errors: result.errors };
      return { ok: false, errors: [...result.errors, { path: 'url', message: translate(lang, 'optSubscriptionNoAccess') }] };
    },
    async 'subscription:refresh'({ packId }) {
      const lang = await deps.lang();
      const result = await refreshSubscription(db, packId, { fetch: (u, init) => fetch(u, init), now: deps.now(), lang });
      await deps.bumpRevision();
      await onSubscriptionsChanged();
      if (result.ok) return { ok: true, updated: result.changed };
      if ('error' in result) return { ok: false, errors: [{ path: 'url', message: localized(result.error.message, lang) }] };
      return { ok: false, errors: result.errors };
    },
  };
}
