/**
 * What a rule is. A rule is a pure function from the scanned caption to drafts; the engine turns
 * drafts into Findings (language, severity overrides, rule id), so rules never repeat that work.
 */
import type {
  Category,
  CheckContext,
  ClaimEvidence,
  FindingLink,
  PlatformLimits,
  RuleSetting,
  Severity,
} from './types';
import type { Scan } from './scan/scan';

/** A message in both languages; rules always write both so the English UI never falls back. */
export interface Msg {
  id: string;
  en: string;
}

export function msg(id: string, en: string): Msg {
  return { id, en };
}

export interface Draft {
  start: number;
  end: number;
  message: Msg;
  explanation?: Msg;
  reference?: string;
  suggestions?: string[];
  safe?: boolean;
  links?: FindingLink[];
  evidence?: ClaimEvidence;
  /** Only for rules whose level depends on the text (hoax scoring); presets still override it. */
  severity?: Severity;
}

export interface RuleInput {
  text: string;
  ctx: CheckContext;
  scan: Scan;
  limits: PlatformLimits;
  setting: RuleSetting | undefined;
  /** Lower-cased words from the profile and the context that spelling/branding must accept. */
  allowed: ReadonlySet<string>;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /* What the rule checks is in rule-descriptions.ts (options page, README), not here: the content script never shows it. */
  /** The rule also looks for the extra phrases a preset lists in its setting (escaped, literal). */
  takesPhrases?: true;
  /** Only for captions: required hashtags, "… more" cuts and first mentions mean nothing in a reply. */
  postOnly?: true;
  /**
   * The rule needs data too big for the content script (the 1,500-entry spelling list, the hunspell
   * lexicon): there it runs in the background on a short debounce (see deep.ts).
   */
  deep?: true;
  run(input: RuleInput): Draft[];
}
