import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Finding, Platform, PlatformLimits, Profile, Surface } from '../../lib/checks/types';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';
import { uiLang } from '../../lib/i18n/core';
import type { MessageKey } from '../../lib/i18n/core';
import { createFindingsState } from './findings-state';
import type { DeepCheck, FindingsState } from './findings-state';
import { pickProfile } from './pick-profile';
import { countHashtags } from '../../lib/checks/scan/hashtag-scan';
import type { PromptState } from './Prompt';

/** The state of one panel beside one composer. */
export interface PanelSession extends FindingsState {
  handle: ComposerHandle;
  /** The platform limits and templates follow: the strictest selected placement on Business Suite. */
  platform: ReadonlySignal<Platform>;
  /** Every platform the post goes to, strictest first (one, except on Business Suite). */
  placements: ReadonlySignal<readonly Platform[]>;
  /** The caption an insert meant to leave, while the last insert did not land (to copy it). */
  failedCaption: Signal<string | null>;
  preset: ReadonlySignal<PanelPreset | null>;
  text: ReadonlySignal<string>;
  limits: ReadonlySignal<PlatformLimits>;
  hashtagCount: ReadonlySignal<number>;
  profile: ReadonlySignal<Profile | undefined>;
  /** The last thing an action wants the admin to know, as a message key (announced politely). */
  status: Signal<MessageKey | null>;
  /** Tags the last action put in as text only (TikTok's list did not offer them): pick by hand. */
  untagged: Signal<string[]>;
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
  /** True hides "fix all safe" (practice exercises, where the trainee picks each fix). */
  fixAllOff?: ReadonlySignal<boolean>;
}

const FAILURE_MESSAGES: Record<NonNullable<InsertResult['error']>, MessageKey> = {
  'composer-gone': 'insertFailedGone',
  'not-focusable': 'insertFailedFocus',
  mismatch: 'insertFailedMismatch',
  'out-of-range': 'insertFailedRange',
  'cuts-tag': 'insertFailedCutsTag',
  'tags-need-list': 'insertFailedTagsNeedList',
};

export function createPanelSession(
  handle: ComposerHandle,
  preset: Signal<PanelPreset | null>,
  lifetime: AbortSignal,
  surface: Surface = 'post',
  deepCheck?: DeepCheck,
): PanelSession {
  const text = signal(handle.readText());
  const status = signal<MessageKey | null>(null);
  const untagged = signal<string[]>([]);
  const busy = signal(false);
  const templateUsed = signal<string | null>(null);
  const prompt = signal<PromptState | null>(null);
  const crowded = signal(false);
  const openedHere = signal(false);
  const collapsed = computed(() => (preset.value?.ui.panel.collapsed ?? false) || (crowded.value && !openedHere.value));
  const chosenHere = signal<string | undefined>(undefined);
  const failedCaption = signal<string | null>(null);
  handle.onChange((next) => {
    // While Saring itself edits (a TikTok tag is typed letter by letter, then picked), the panel
    // is not re-checked and re-drawn at every step: run() reads the caption once it is done.
    if (!busy.peek()) text.value = next;
  }, lifetime);
  const readPlacements = (): readonly Platform[] => handle.placements?.() ?? [handle.platform];
  const placements = signal(readPlacements());
  handle.onPlacements?.(() => {
    placements.value = readPlacements();
  }, lifetime);
  const platform = computed(() => placements.value[0] ?? handle.platform);

  const limits = computed(() => (preset.value?.settings ?? DEFAULT_SETTINGS).limits[platform.value]);
  const hashtagCount = computed(() => countHashtags(text.value));
  const account = handle.accountName();
  const profile = computed(() => {
    const p = preset.value;
    if (!p) return undefined;
    // A pick in this panel wins over the account shown on the page; a saved pick does not.
    if (chosenHere.value) return p.profiles.find((x) => x.id === chosenHere.value);
    return pickProfile(p.profiles, platform.value, account, p.ui.activeProfiles[platform.value] ?? p.activeProfileId ?? undefined);
  });
  const findingsState = createFindingsState(
    text,
    preset,
    profile,
    handle.placements ? placements : handle.platform,
    uiLang,
    surface,
    deepCheck,
    lifetime,
  );

  /** `intended`: the caption the action should leave, offered for copying when it does not land. */
  async function run(action: () => Promise<InsertResult>, intended: string): Promise<InsertResult> {
    if (busy.value) return { ok: false, text: text.value, error: 'mismatch' };
    busy.value = true;
    status.value = null;
    try {
      const result = await action();
      if (!result.ok && result.error) status.value = FAILURE_MESSAGES[result.error];
      if (result.untagged?.length) untagged.value = [...new Set([...untagged.value, ...result.untagged])];
      // A refused TikTok fix changed nothing: there is no caption to rescue.
      const nothingLost = result.ok || result.error === 'out-of-range' || result.error === 'cuts-tag' || result.error === 'tags-need-list';
      failedCaption.value = nothingLost ? null : intended;
      if (handle.isConnected()) text.value = handle.readText();
      return result;
    } finally {
      busy.value = false;
    }
  }

  return {
    ...findingsState,
    handle,
    platform,
    placements,
    failedCaption,
    preset,
    text,
    limits,
    hashtagCount,
    profile,
    status,
    untagged,
    busy,
    templateUsed,
    prompt,
    crowded,
    openedHere,
    collapsed,
    insert(value, mode = 'caret') {
      if (!busy.value) untagged.value = [];
      // At the caret the caption it would make is unknown here; the inserted text is what to keep.
      return run(() => (mode === 'all' ? handle.replaceAll(value) : handle.insertAtCaret(value)), value);
    },
    applyFix(finding, suggestion = 0) {
      const replacement = finding.suggestions?.[suggestion];
      if (replacement === undefined) return Promise.resolve({ ok: false, text: text.value, error: 'out-of-range' });
      if (!busy.value) untagged.value = [];
      const current = text.value;
      return run(() => handle.replaceRange(finding.start, finding.end, replacement), current.slice(0, finding.start) + replacement + current.slice(finding.end));
    },
    async fixAll() {
      // Right to left, so each replacement leaves the offsets of the ones before it valid.
      const fixes = findingsState.findings.value
        .filter((f) => f.safe && f.suggestions?.[0] !== undefined)
        .sort((a, b) => b.start - a.start);
      let applied = 0;
      let lastStart = Number.POSITIVE_INFINITY;
      if (!busy.value) untagged.value = [];
      let refused = false;
      for (const f of fixes) {
        if (f.end > lastStart) continue; // overlaps a fix already made
        const current = text.value;
        const replacement = f.suggestions?.[0] ?? '';
        const result = await run(() => handle.replaceRange(f.start, f.end, replacement), current.slice(0, f.start) + replacement + current.slice(f.end));
        // A fix that would cut a picked TikTok tag is refused (and said so); the others still go.
        if (!result.ok && result.error === 'cuts-tag') {
          refused = true;
          continue;
        }
        if (!result.ok) break;
        applied += 1;
        lastStart = f.start;
      }
      if (refused) status.value = 'insertFailedCutsTag';
      return applied;
    },
    chooseProfile(id) {
      chosenHere.value = id;
    },
  };
}
