import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { check } from '../../lib/checks';
import type { CheckContext, Finding, Lang, Platform, Profile } from '../../lib/checks/types';
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

/** How long typing must pause before the background is asked for claim findings. */
export const CLAIM_DEBOUNCE_MS = 250;

/** Asks the background for hoax-claim findings (the claim index lives there, not in the page). */
export type ClaimMatch = (text: string, platform: Platform, lang: Lang) => Promise<Finding[]>;

export function createFindingsState(
  text: ReadonlySignal<string>,
  preset: ReadonlySignal<PanelPreset | null>,
  profile: ReadonlySignal<Profile | undefined>,
  platform: Platform,
  lang: ReadonlySignal<Lang>,
  claims?: { match: ClaimMatch; lifetime: AbortSignal },
): FindingsState {
  const ignored = signal<ReadonlySet<string>>(new Set());
  const allowedHere = signal<readonly string[]>([]);

  const context = computed((): CheckContext | null => {
    const p = preset.value;
    if (!p) return null;
    return {
      platform,
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
      return check(caption, ctx);
    } catch (error) {
      // A rule bug must not take the panel (or the composer) down with it.
      console.warn('[Saring] check failed', error);
      return [];
    }
  };
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
          .match(current, platform, l)
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
    const r = remote.value;
    // A finding still counts while the words it covers are where they were.
    const kept = r.findings.filter((f) => current.slice(f.start, f.end) === r.text.slice(f.start, f.end));
    return kept.length ? [...local, ...kept] : local;
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
