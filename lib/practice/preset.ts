/**
 * The preset each simulated composer's panel gets. Free practice and a trainer's exercises use the
 * admin's real preset (the class pack), so the panel looks exactly as on the real sites; built-in
 * exercises swap in the practice institution so they behave the same in every class.
 */
import { DEFAULT_SETTINGS } from '../checks/defaults';
import type { Platform } from '../checks/types';
import type { PanelPreset, UiSettings } from '../presets/panel';
import { BUILTIN_TEMPLATES } from '../templates';
import type { CatalogEntry } from './catalog';
import { PRACTICE_GLOSSARY, PRACTICE_PROFILE } from './institution';

/** Used only when the background cannot answer: the page still works offline on its own. */
export const FALLBACK_UI: UiSettings = {
  lang: 'auto',
  activeProfiles: {},
  panel: { collapsed: false, side: 'right', offsetY: 0 },
  journal: { fullCaption: false, reminders: true },
  tourSeen: true,
};

export function fallbackPreset(): PanelPreset {
  return {
    profiles: [PRACTICE_PROFILE],
    activeProfileId: PRACTICE_PROFILE.id,
    glossary: PRACTICE_GLOSSARY,
    templates: BUILTIN_TEMPLATES,
    settings: DEFAULT_SETTINGS,
    ui: FALLBACK_UI,
    locked: {},
    // Extension pages bundle the full catalogs (lib/i18n); only content scripts need them sent.
    messages: { lang: 'id', templates: {} },
  };
}

/** Built-in templates the preset does not already carry (a pack may hide or replace some). */
function withBuiltinTemplates(real: PanelPreset): PanelPreset['templates'] {
  const ids = new Set(real.templates.map((t) => t.id));
  return [...real.templates, ...BUILTIN_TEMPLATES.filter((t) => !ids.has(t.id))];
}

export function presetFor(real: PanelPreset, entry: CatalogEntry | null, platform: Platform): PanelPreset {
  // A trainer's exercise checks against the class pack's institution; free practice and built-in
  // exercises against Sukamaju, the institution the simulated composer shows.
  if (entry && entry.source !== 'builtin' && real.profiles.length > 0) return real;
  return {
    ...real,
    profiles: [PRACTICE_PROFILE],
    activeProfileId: PRACTICE_PROFILE.id,
    glossary: PRACTICE_GLOSSARY,
    templates: withBuiltinTemplates(real),
    settings: { ...DEFAULT_SETTINGS, prompt: real.settings.prompt },
    ui: { ...real.ui, activeProfiles: { ...real.ui.activeProfiles, [platform]: PRACTICE_PROFILE.id } },
    locked: {},
    setupNeeded: false,
  };
}
