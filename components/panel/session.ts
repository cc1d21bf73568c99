import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PlatformLimits } from '../../lib/checks/types';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';
import type { MessageKey } from '../../lib/i18n';

/** The state of one panel beside one composer. */
export interface PanelSession {
  handle: ComposerHandle;
  text: ReadonlySignal<string>;
  limits: ReadonlySignal<PlatformLimits>;
  /** The last thing an action wants the admin to know, as a message key (announced politely). */
  status: ReadonlySignal<MessageKey | null>;
  /** True while an insert is in flight, so double clicks don't insert twice. */
  busy: ReadonlySignal<boolean>;
  insert(text: string, mode?: 'caret' | 'all'): Promise<InsertResult>;
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
  handle.onChange((next) => {
    text.value = next;
  }, lifetime);
  const limits = computed(
    () => (preset.value?.settings ?? DEFAULT_SETTINGS).limits[handle.platform],
  );

  async function insert(value: string, mode: 'caret' | 'all' = 'caret'): Promise<InsertResult> {
    if (busy.value) return { ok: false, text: text.value, error: 'mismatch' };
    busy.value = true;
    status.value = null;
    try {
      const result = mode === 'all' ? await handle.replaceAll(value) : await handle.insertAtCaret(value);
      if (!result.ok && result.error) status.value = FAILURE_MESSAGES[result.error];
      if (handle.isConnected()) text.value = handle.readText();
      return result;
    } finally {
      busy.value = false;
    }
  }

  return { handle, text, limits, status, busy, insert };
}
