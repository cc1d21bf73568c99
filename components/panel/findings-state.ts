import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { RULES } from '../../lib/checks';
import { deepRuleInstalled } from '../../lib/checks/deep';
import { compareFindings, runRules } from '../../lib/checks/engine';
import type { CheckContext, Finding, Lang, Platform, Profile, Surface } from '../../lib/checks/types';
import type { PanelPreset } from '../../lib/messaging/protocol';

/** Ignoring is by rule and matched text, so the choice survives the text moving around it. */
export function findingKey(finding: Finding, text: string): string {
  return `${finding.ruleId}\u0000${text.slice(finding.start, finding.end) || finding.message}`;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortForDisplay(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.category.localeCompare(b.category) ||
      a.start - b.start,
  );
}

export interface FindingsState {
  /** Findings shown: checked live, minus those ignored for this post. */
  findings: ReadonlySignal<Finding[]>;
  counts: ReadonlySignal<{ error: number; warning: number; info: number }>;
  ignore(finding: Finding): void;
  /** Words allowed in this panel right away, before the background has stored them. */
  allow(word: string): void;
  /** Findings that should stop a post, as the preset says. */
  blocking: ReadonlySignal<Finding[]>;
  /** The same checks on another text (a template's preview). */
  checkPreview(text: string): Finding[];
  /**
   * The deep rules' findings for the text as it is now (Post clicked before the debounced answer
   * came): asks the background at once and resolves when the answer is in, or after `boundMs`
   * whatever happened. Null when the findings shown are already those of this text.
   */
  deepSettled(boundMs: number): Promise<void> | null;
}

/**
 * Asks where the deep rules' data lives (the background) for their findings (`rules`: the ids of
 * the deep rules this page does not run itself); null on failure.
 */
export type DeepCheck = (caption: string, ctx: CheckContext, rules: readonly string[]) => Promise<Finding[] | null>;

/**
 * After this long without typing, the deep rules (spelling lexicon, claim index: one request)
 * run in the background, one message per pause.
 */
export const DEEP_CHECK_DEBOUNCE_MS = 150;

export function createFindingsState(
  text: ReadonlySignal<string>,
  preset: ReadonlySignal<PanelPreset | null>,
  profile: ReadonlySignal<Profile | undefined>,
  /** One platform, or every platform the post goes to (Business Suite placements), strictest first. */
  platform: Platform | ReadonlySignal<readonly Platform[]>,
  lang: ReadonlySignal<Lang>,
  surface: Surface = 'post',
  deepCheck?: DeepCheck,
  lifetime?: AbortSignal,
): FindingsState {
  const platforms = typeof platform === 'string' ? signal<readonly Platform[]>([platform]) : platform;
  const ignored = signal<ReadonlySet<string>>(new Set());
  const allowedHere = signal<readonly string[]>([]);

  const context = computed((): Omit<CheckContext, 'platform'> | null => {
    const p = preset.value;
    if (!p) return null;
    return {
      surface,
      lang: lang.value,
      profile: profile.value,
      glossary: p.glossary,
      settings: p.settings,
      allowedWords: allowedHere.value as string[],
    };
  });

  // With a deep check, the deep rules installed in this page run here and the others (all of them
  // in a content script; hoax-claim, whose claim index stays in the background, on extension
  // pages) come from the background in one request.
  const remoteRules = deepCheck ? RULES.filter((rule) => rule.deep === true && !deepRuleInstalled(rule.id)).map((rule) => rule.id) : [];
  const localRules = remoteRules.length > 0 ? RULES.filter((rule) => !remoteRules.includes(rule.id)) : RULES;
  const safeCheck = (caption: string): Finding[] => {
    const ctx = context.value;
    if (!ctx) return [];
    try {
      // Every selected platform's limits at once; a finding both platforms give alike is shown
      // once (limit findings name their platform, so each platform's stays).
      const seen = new Set<string>();
      const merged: Finding[] = [];
      for (const target of platforms.value.length > 0 ? platforms.value : (['facebook'] as const)) {
        for (const finding of runRules(localRules, caption, { ...ctx, platform: target })) {
          const key = `${finding.ruleId}|${finding.start}|${finding.end}|${finding.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          merged.push(finding);
        }
      }
      return merged;
    } catch (error) {
      // A rule bug must not take the panel (or the composer) down with it.
      console.warn('[Saring] check failed', error);
      return [];
    }
  };
  // Deep findings for the text they were computed on; shown while the admin types further as long
  // as the words they cover are still where they were (an edit after them moves nothing).
  const deep = signal<{ text: string; findings: Finding[] } | null>(null);
  let deepSettled: FindingsState['deepSettled'] = () => null;
  if (deepCheck !== undefined && remoteRules.length > 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;
    let inflight: { caption: string; answer: Promise<void> } | null = null;
    const askNow = (caption: string, ctx: Omit<CheckContext, 'platform'>): Promise<void> => {
      const ticket = ++asked;
      // The strictest selected platform first (Business Suite), as the placements list it.
      const answer = deepCheck(caption, { ...ctx, platform: platforms.peek()[0] ?? 'facebook' }, remoteRules)
        .then((found) => {
          // Only the answer to the latest question counts: an older one would be for a stale text.
          if (found !== null && ticket === asked && !lifetime?.aborted) deep.value = { text: caption, findings: found };
        })
        // Saring failing never blocks the post: no deep findings is the fallback.
        .catch(() => undefined);
      inflight = { caption, answer };
      return answer;
    };
    const stop = effect(() => {
      const caption = text.value;
      const ctx = context.value;
      clearTimeout(timer);
      if (!ctx) return;
      timer = setTimeout(() => void askNow(caption, ctx), DEEP_CHECK_DEBOUNCE_MS);
    });
    deepSettled = (boundMs) => {
      const caption = text.peek();
      const ctx = context.peek();
      if (!ctx || deep.peek()?.text === caption) return null;
      clearTimeout(timer);
      const answer = inflight?.caption === caption ? inflight.answer : askNow(caption, ctx);
      return Promise.race([answer, new Promise<void>((resolve) => setTimeout(resolve, boundMs))]);
    };
    lifetime?.addEventListener('abort', () => {
      stop();
      clearTimeout(timer);
    }, { once: true });
  }
  const deepFindings = computed((): Finding[] => {
    const d = deep.value;
    const current = text.value;
    if (d === null) return [];
    if (d.text === current) return d.findings;
    let same = 0;
    const n = Math.min(current.length, d.text.length);
    while (same < n && current.charCodeAt(same) === d.text.charCodeAt(same)) same++;
    return d.findings.filter((f) => f.end < same);
  });
  const all = computed(() => {
    const current = text.value;
    const local = safeCheck(current);
    const extra = deepFindings.value;
    return extra.length === 0 ? local : [...local, ...extra].sort(compareFindings);
  });

  const findings = computed(() => {
    const current = text.value;
    const skip = ignored.value;
    return sortForDisplay(all.value.filter((f) => !skip.has(findingKey(f, current))));
  });

  const counts = computed(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings.value) c[f.severity] += 1;
    return c;
  });

  const blocking = computed(() => {
    const prompt = preset.value?.settings.prompt;
    if (!prompt?.enabled) return [];
    // A reply waits only for errors: an ordinary answer must never be slowed down.
    if (surface === 'reply') return findings.value.filter((f) => f.severity === 'error');
    return findings.value.filter(
      (f) => f.severity === 'error' || (f.severity === 'warning' && prompt.warnCategories.includes(f.category)),
    );
  });

  return {
    findings,
    counts,
    blocking,
    checkPreview: (caption) => sortForDisplay(safeCheck(caption)),
    deepSettled: (boundMs) => deepSettled(boundMs),
    ignore(finding) {
      ignored.value = new Set([...ignored.value, findingKey(finding, text.value)]);
    },
    allow(word) {
      if (!allowedHere.value.includes(word)) allowedHere.value = [...allowedHere.value, word];
    },
  };
}
