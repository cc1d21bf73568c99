/** Builds a pack file from any selection of what the admin sees (their own items included). */
import type { Lang } from '../checks/types';
import { formatPack } from './format';
import { parsePack } from './parse';
import { PACK_FORMAT, PACK_VERSION, ITEM_KINDS, type ItemKind, type ItemOf, type Pack, type PackError, type PartialRuleSettings, type Publisher } from './types';

export interface PackMeta {
  id: string;
  name: string;
  publisher: Publisher;
  /** YYYY-MM-DD; the caller's "today" so exports are reproducible in tests. */
  updated: string;
  description?: string;
  expires?: string;
}

/** Ids to include per kind (in the source's order), plus optional rule settings and locks. */
export interface ExportSelection {
  profiles?: readonly string[];
  glossary?: readonly string[];
  templates?: readonly string[];
  exercises?: readonly string[];
  claims?: readonly string[];
  ruleSettings?: PartialRuleSettings;
  locked?: readonly string[];
}

export type ExportSource = { [K in ItemKind]: readonly ItemOf[K][] };

export type ExportResult = { ok: true; pack: Pack; text: string } | { ok: false; errors: PackError[] };

export function exportPack(source: ExportSource, selection: ExportSelection, meta: PackMeta, lang: Lang): ExportResult {
  const pack: Pack = { format: PACK_FORMAT, version: PACK_VERSION, ...meta };
  for (const kind of ITEM_KINDS) {
    const wanted = selection[kind];
    if (!wanted?.length) continue;
    const ids = new Set(wanted);
    (pack as Record<ItemKind, unknown>)[kind] = source[kind].filter((item) => ids.has(item.id));
  }
  if (selection.ruleSettings) pack.ruleSettings = selection.ruleSettings;
  if (selection.locked?.length) pack.locked = [...selection.locked];
  // An export must import anywhere: validate it the same way an import would.
  const checked = parsePack(structuredClone(pack), lang);
  if (!checked.ok) return checked;
  return { ok: true, pack: checked.pack, text: formatPack(checked.pack) };
}
