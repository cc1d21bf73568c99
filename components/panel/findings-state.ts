import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { check } from '../../lib/checks';
import { deepRulesInstalled } from '../../lib/checks/deep';
import { compareFindings } from '../../lib/checks/engine';
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
}

/** Asks where the deep rules' data lives (the background) for their findings; null on failure. */
export type DeepCheck = (caption: string, ctx: CheckContext) => Promise<Finding[] | null>;

/** After this long without typing, the deep rules run in the background (one message per pause). */
export const DEEP_CHECK_DEBOUNCE_MS = 150;
/** How long typing must pause before the background is asked for claim findings. */
export const CLAIM_DEBOUNCE_MS = 250;

/** Asks the background for hoax-claim findings (the claim index lives there, not in the page). */
export type ClaimMatch = (text: string, platform: Platform, lang: Lang) => Promise<Finding[]>;

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
  claims?: { match: ClaimMatch; lifetime: AbortSignal },
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

  const safeCheck = (caption: string): Finding[] => {
    const ctx = context.value;
    if (!ctx) return [];
    try {
      // Every selected platform's limits at once; a finding both platforms give alike is shown
      // once (limit findings name their platform, so each platform's stays).
      const seen = new Set<string>();
      const merged: Finding[] = [];
      for (const target of platforms.value.length > 0 ? platforms.value : (['facebook'] as const)) {
        for (const finding of check(caption, { ...ctx, platform: target })) {
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
  if (deepCheck !== undefined && !deepRulesInstalled()) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0;
    const stop = effect(() => {
      const caption = text.value;
      const ctx = context.value;
      clearTimeout(timer);
      if (!ctx) return;
      timer = setTimeout(() => {
        const ticket = ++asked;
        // The strictest selected platform first (Business Suite), as the placements list it.
        deepCheck(caption, { ...ctx, platform: platforms.value[0] ?? 'facebook' })
          .then((found) => {
            if (found !== null && ticket === asked) deep.value = { text: caption, findings: found };
          })
          .catch(() => undefined);
      }, DEEP_CHECK_DEBOUNCE_MS);
    });
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
  // Claim findings from the background, for the text they were matched on.
  const remote = signal<{ text: string; findings: Finding[] }>({ text: '', findings: [] });
  if (claims) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = effect(() => {
      const current = text.value;
      const l = lang.value;
      if (!preset.value) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        claims
          .match(current, platforms.value[0] ?? 'facebook', l)
          .then((findings) => {
            if (!claims.lifetime.aborted) remote.value = { text: current, findings };
          })
          // Saring failing never blocks the post: no claim findings is the fallback.
          .catch(() => undefined);
      }, CLAIM_DEBOUNCE_MS);
    });
    claims.lifetime.addEventListener('abort', () => (stop(), clearTimeout(timer)), { once: true });
  }
  const all = computed(() => {
    const current = text.value;
    const local = safeCheck(current);
    const extra = deepFindings.value;
    const r = remote.value;
    // A claim finding still counts while the words it covers are where they were.
    const kept = r.findings.filter((f) => current.slice(f.start, f.end) === r.text.slice(f.start, f.end));
    return extra.length === 0 && kept.length === 0 ? local : [...local, ...extra, ...kept].sort(compareFindings);
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
    ignore(finding) {
      ignored.value = new Set([...ignored.value, findingKey(finding, text.value)]);
    },
    allow(word) {
      if (!allowedHere.value.includes(word)) allowedHere.value = [...allowedHere.value, word];
    },
  };
}
