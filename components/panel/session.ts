import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Finding, PlatformLimits, Profile } from '../../lib/checks/types';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';
import { uiLang } from '../../lib/i18n/core';
import type { MessageKey } from '../../lib/i18n/core';
import { createFindingsState } from './findings-state';
import type { FindingsState } from './findings-state';
import { pickProfile } from './pick-profile';
import { countHashtags } from '../../lib/checks/hashtag-scan';
import type { PromptState } from './Prompt';

/** The state of one panel beside one composer. */
export interface PanelSession extends FindingsState {
  handle: ComposerHandle;
  preset: ReadonlySignal<PanelPreset | null>;
  text: ReadonlySignal<string>;
  limits: ReadonlySignal<PlatformLimits>;
  hashtagCount: ReadonlySignal<number>;
  profile: ReadonlySignal<Profile | undefined>;
  /** The last thing an action wants the admin to know, as a message key (announced politely). */
  status: Signal<MessageKey | null>;
  /** True while an insert is in flight, so double clicks don't insert twice. */
  busy: ReadonlySignal<boolean>;
  /** Template used for this post, for the journal. */
  templateUsed: Signal<string | null>;
  /** The prompt before posting, while it is shown. */
  prompt: Signal<PromptState | null>;
  /** No room beside the composer: the panel shows as its badge unless the admin opened it here. */
  crowded: Signal<boolean>;
  openedHere: Signal<boolean>;
  /** Shown as the badge: the admin collapsed it, or there is no room and they have not opened it. */
  collapsed: ReadonlySignal<boolean>;
  insert(text: string, mode?: 'caret' | 'all'): Promise<InsertResult>;
  applyFix(finding: Finding, suggestion?: number): Promise<InsertResult>;
  fixAll(): Promise<number>;
  chooseProfile(id: string): void;
}

const FAILURE_MESSAGES: Record<NonNullable<InsertResult['error']>, MessageKey> = {
  'composer-gone': 'insertFailedGone',
  'not-focusable': 'insertFailedFocus',
  mismatch: 'insertFailedMismatch',
  'out-of-range': 'insertFailedRange',
};

export function createPanelSession(
  handle: ComposerHandle,
  preset: Signal<PanelPreset | null>,
  lifetime: AbortSignal,
): PanelSession {
  const text = signal(handle.readText());
  const status = signal<MessageKey | null>(null);
  const busy = signal(false);
  const templateUsed = signal<string | null>(null);
  const prompt = signal<PromptState | null>(null);
  const crowded = signal(false);
  const openedHere = signal(false);
  const collapsed = computed(() => (preset.value?.ui.panel.collapsed ?? false) || (crowded.value && !openedHere.value));
  const chosenHere = signal<string | undefined>(undefined);
  handle.onChange((next) => {
    text.value = next;
  }, lifetime);

  const limits = computed(() => (preset.value?.settings ?? DEFAULT_SETTINGS).limits[handle.platform]);
  const hashtagCount = computed(() => countHashtags(text.value));
  const account = handle.accountName();
  const profile = computed(() => {
    const p = preset.value;
    if (!p) return undefined;
    // A pick in this panel wins over the account shown on the page; a saved pick does not.
    if (chosenHere.value) return p.profiles.find((x) => x.id === chosenHere.value);
    return pickProfile(p.profiles, handle.platform, account, p.ui.activeProfiles[handle.platform] ?? p.activeProfileId ?? undefined);
  });
  const findingsState = createFindingsState(text, preset, profile, handle.platform, uiLang);

  async function run(action: () => Promise<InsertResult>): Promise<InsertResult> {
    if (busy.value) return { ok: false, text: text.value, error: 'mismatch' };
    busy.value = true;
    status.value = null;
    try {
      const result = await action();
      if (!result.ok && result.error) status.value = FAILURE_MESSAGES[result.error];
      if (handle.isConnected()) text.value = handle.readText();
      return result;
    } finally {
      busy.value = false;
    }
  }

  return {
    ...findingsState,
    handle,
    preset,
    text,
    limits,
    hashtagCount,
    profile,
    status,
    busy,
    templateUsed,
    prompt,
    crowded,
    openedHere,
    collapsed,
    insert(value, mode = 'caret') {
      return run(() => (mode === 'all' ? handle.replaceAll(value) : handle.insertAtCaret(value)));
    },
    applyFix(finding, suggestion = 0) {
      const replacement = finding.suggestions?.[suggestion];
      if (replacement === undefined) return Promise.resolve({ ok: false, text: text.value, error: 'out-of-range' });
      return run(() => handle.replaceRange(finding.start, finding.end, replacement));
    },
    async fixAll() {
      // Right to left, so each replacement leaves the offsets of the ones before it valid.
      const fixes = findingsState.findings.value
        .filter((f) => f.safe && f.suggestions?.[0] !== undefined)
        .sort((a, b) => b.start - a.start);
      let applied = 0;
      let lastStart = Number.POSITIVE_INFINITY;
      for (const f of fixes) {
        if (f.end > lastStart) continue; // overlaps a fix already made
        const result = await run(() => handle.replaceRange(f.start, f.end, f.suggestions?.[0] ?? ''));
        if (!result.ok) break;
        applied += 1;
        lastStart = f.start;
      }
      return applied;
    },
    chooseProfile(id) {
      chosenHere.value = id;
    },
  };
}
