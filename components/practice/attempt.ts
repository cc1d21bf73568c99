/**
 * One simulated composer's exercise: start it (caption in, timer on), hints, and finishing (judged
 * with the same engine and context as the panel beside it, then recorded for the trainee).
 */
import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Finding, Platform } from '../../lib/checks/types';
import { ask } from '../../lib/messaging/client';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { CatalogEntry } from '../../lib/practice/catalog';
import { evaluateAttempt, type AttemptResult, type AutoFix } from '../../lib/practice/evaluate';
import { PRACTICE_PROFILE } from '../../lib/practice/institution';
import { presetFor } from '../../lib/practice/preset';
import { matchesTemplate } from '../../lib/practice/template-match';
import type { PanelSession } from '../panel/session';
import { loadAttempts, trainee } from './state';

export interface ActiveAttempt {
  entry: CatalogEntry;
  startedAt: number;
  hintsShown: number;
  start: Finding[];
  /** What "fix all safe" replaced so far (only where the exercise allows it). */
  autoFixed: AutoFix[];
}

export interface FinishedAttempt {
  entry: CatalogEntry;
  result: AttemptResult;
  seconds: number;
  hintsUsed: number;
  /** False when the background could not keep it (shown, so the trainee knows). */
  recorded: boolean | null;
}

export interface AttemptController {
  active: ReadonlySignal<ActiveAttempt | null>;
  finished: ReadonlySignal<FinishedAttempt | null>;
  /** True while an exercise runs that does not allow "fix all safe" (every exercise, unless its pack says `fixAll: true`). */
  fixAllOff: ReadonlySignal<boolean>;
  /** The simulated post went out; cleared by the next exercise, by leaving, and by editing the caption. */
  posted: ReadonlySignal<boolean>;
  markPosted(): void;
  /** The session the panel beside the composer gets: "fix all safe" hidden or recorded per the exercise. */
  panelSession: PanelSession;
  start(entry: CatalogEntry): Promise<void>;
  showHint(): void;
  finish(): Promise<void>;
  /** Back to free writing with the admin's own preset. */
  leave(): void;
}

export function createAttemptController(
  session: PanelSession,
  panelPreset: Signal<PanelPreset | null>,
  realPreset: ReadonlySignal<PanelPreset | null>,
  platform: Platform,
  lifetime: AbortSignal,
): AttemptController {
  const current = signal<CatalogEntry | null>(null);
  const active = signal<ActiveAttempt | null>(null);
  const finished = signal<FinishedAttempt | null>(null);
  const posted = signal(false);
  let postedText: string | null = null;
  const fixAllOff = computed(() => active.value !== null && active.value.entry.exercise.fixAll !== true);

  // The panel follows the admin's preset, swapped for the practice institution during built-in exercises.
  const stop = effect(() => {
    const real = realPreset.value;
    panelPreset.value = real ? presetFor(real, current.value, platform) : null;
  });
  lifetime.addEventListener('abort', stop, { once: true });
  // "Terkirim (simulasi)" belongs to the caption that was posted, not to the next one.
  const stopPosted = effect(() => {
    if (posted.value && session.text.value !== postedText) posted.value = false;
  });
  lifetime.addEventListener('abort', stopPosted, { once: true });

  /** Messages of the previous exercise (a fix done, a template inserted, a prompt) do not carry over. */
  function clearMessages(): void {
    posted.value = false;
    postedText = null;
    session.status.value = null;
    session.untagged.value = [];
    session.prompt.value = null;
    session.failedCaption.value = null;
  }

  const panelSession: PanelSession = {
    ...session,
    fixAllOff,
    async fixAll() {
      if (fixAllOff.value) return 0;
      const a = active.value;
      const text = session.text.value;
      const targeted = session.findings.value
        .filter((f) => f.safe && f.suggestions?.[0] !== undefined)
        .map((f) => ({ ruleId: f.ruleId, excerpt: text.slice(f.start, f.end) }));
      const applied = await session.fixAll();
      if (a && active.value === a && applied > 0) active.value = { ...a, autoFixed: [...a.autoFixed, ...targeted] };
      return applied;
    },
  };

  function templateUsed(entry: CatalogEntry, text: string): boolean {
    const goal = entry.exercise.goal;
    if (goal.kind !== 'use-template') return false;
    if (session.templateUsed.value === goal.templateId) return true;
    const template = panelPreset.value?.templates.find((x) => x.id === goal.templateId);
    return template ? matchesTemplate(text, template, platform) : false;
  }

  return {
    active,
    finished,
    fixAllOff,
    posted,
    panelSession,
    markPosted() {
      postedText = session.text.value;
      posted.value = true;
    },
    async start(entry) {
      clearMessages();
      current.value = entry;
      // A profile picked earlier in this panel must not hide the one the exercise is written for.
      session.chooseProfile(entry.source === 'builtin' ? PRACTICE_PROFILE.id : '');
      finished.value = null;
      session.templateUsed.value = null;
      await session.insert(entry.exercise.caption, 'all');
      // The insert's own status ("caption replaced") is not news to the trainee.
      session.status.value = null;
      active.value = { entry, startedAt: Date.now(), hintsShown: 0, start: session.checkPreview(entry.exercise.caption), autoFixed: [] };
    },
    showHint() {
      const a = active.value;
      if (!a || a.hintsShown >= a.entry.exercise.hints.length) return;
      active.value = { ...a, hintsShown: a.hintsShown + 1 };
    },
    async finish() {
      const a = active.value;
      if (!a) return;
      const exercise = a.entry.exercise;
      const endText = session.text.value;
      const seconds = Math.max(0, Math.round((Date.now() - a.startedAt) / 1000));
      // The preset may have arrived after the start: judge the start with it then.
      const start = a.start.length ? a.start : session.checkPreview(exercise.caption);
      const result = evaluateAttempt({
        exercise,
        start,
        endText,
        end: session.checkPreview(endText),
        visibleEnd: session.findings.value,
        templateUsed: templateUsed(a.entry, endText),
        hintsUsed: a.hintsShown,
        seconds,
        autoFixed: a.autoFixed,
      });
      active.value = null;
      const done: FinishedAttempt = { entry: a.entry, result, seconds, hintsUsed: a.hintsShown, recorded: null };
      finished.value = done;
      const name = trainee.value.trim().slice(0, 200);
      const reply = await ask('progress:record', {
        exerciseId: exercise.id,
        platform,
        score: result.score.total,
        found: result.found,
        fixed: result.fixed,
        total: result.total,
        hintsUsed: a.hintsShown,
        seconds,
        ...(name ? { trainee: name } : {}),
      });
      if (finished.value === done) finished.value = { ...done, recorded: reply.ok };
      if (reply.ok) await loadAttempts();
    },
    leave() {
      clearMessages();
      current.value = null;
      active.value = null;
      finished.value = null;
      session.chooseProfile('');
    },
  };
}
