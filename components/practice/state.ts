/**
 * What the practice page knows, as signals: the admin's real preset per platform, the class pack's
 * exercises, the trainee's attempts. Everything comes from the background; when it cannot answer
 * the page falls back to the built-in practice preset, so a workshop room without internet (or a
 * broken install) still has something to practise on.
 */
import { signal, type Signal } from '@preact/signals';
import { ask } from '../../lib/messaging/client';
import { PLATFORMS, type Platform } from '../../lib/checks/types';
import type { PanelPreset, ProgressAttempt } from '../../lib/messaging/protocol';
import type { Exercise } from '../../lib/presets/types';
import { resolveLang, uiLang } from '../../lib/i18n';
import { fallbackPreset } from '../../lib/practice/preset';

export const realPresets: Record<Platform, Signal<PanelPreset | null>> = {
  instagram: signal(null),
  facebook: signal(null),
  tiktok: signal(null),
};
export const packExercises = signal<Exercise[]>([]);
/** The class packs' exercises that expired: listed as expired, never started. */
export const expiredPackExercises = signal<Exercise[]>([]);
export const attempts = signal<ProgressAttempt[]>([]);
/** False when the background did not answer: progress cannot be kept, the rest still works. */
export const backgroundReady = signal(true);
export const tourSeen = signal<boolean | null>(null);

const TRAINEE_KEY = 'saring.practice.trainee';
export const trainee = signal<string>(readTrainee());

function readTrainee(): string {
  try {
    return localStorage.getItem(TRAINEE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function setTrainee(name: string): void {
  trainee.value = name;
  try {
    localStorage.setItem(TRAINEE_KEY, name);
  } catch {
    // Private windows may refuse storage; the name then lasts for this visit only.
  }
}

export async function loadPresets(): Promise<void> {
  const replies = await Promise.all(PLATFORMS.map((platform) => ask('preset:get', { platform })));
  let ok = true;
  PLATFORMS.forEach((platform, i) => {
    const reply = replies[i];
    if (reply?.ok) realPresets[platform].value = reply.data;
    else {
      ok = false;
      realPresets[platform].value ??= fallbackPreset();
    }
  });
  backgroundReady.value = ok;
  const preset = realPresets.instagram.value;
  if (preset) {
    // The language the background chose for the panels, so page and panels always agree.
    uiLang.value = ok ? preset.messages.lang : resolveLang(preset.ui.lang, navigator.languages);
    tourSeen.value = ok ? preset.ui.tourSeen : true;
  }
}

export async function loadExercises(): Promise<void> {
  const reply = await ask('store:snapshot', {});
  if (!reply.ok) return;
  packExercises.value = reply.data.effective.exercises;
  expiredPackExercises.value = reply.data.effective.expiredExercises ?? [];
}

export async function loadAttempts(): Promise<void> {
  const reply = await ask('progress:list', {});
  if (reply.ok) attempts.value = reply.data;
}

export function loadAll(): Promise<unknown> {
  return Promise.all([loadPresets(), loadExercises(), loadAttempts()]);
}
