import type {
  Claim,
  GlossaryEntry,
  Lang,
  LocalizedText,
  Platform,
  PlatformLimits,
  Profile,
  RuleSetting,
  RuleSettings,
} from '../checks/types';
import type { Template } from '../templates/types';

export const PACK_FORMAT = 'saring-pack';
/** The newest pack version this build understands; a bigger number means a newer Saring made it. */
export const PACK_VERSION = 1;

export const EXERCISE_LEVELS = ['mudah', 'sedang', 'sulit'] as const;
export type ExerciseLevel = (typeof EXERCISE_LEVELS)[number];

/** A practice-mode task for bimtek workshops: a flawed caption and what the trainee must do with it. */
export interface Exercise {
  id: string;
  title: LocalizedText;
  level: ExerciseLevel;
  platform: Platform;
  caption: string;
  goal: { kind: 'fix-errors' } | { kind: 'use-template'; templateId: string };
  hints: LocalizedText[];
  expires?: string;
  /** True lets trainees use "fix all safe" in this exercise (off by default: the trainee picks each fix). */
  fixAll?: boolean;
}

export interface Publisher {
  name: string;
  url?: string;
  contact?: string;
}

/** Rule settings as a pack or a local override states them: only what differs from the defaults. */
export interface PartialRuleSettings {
  rules?: Record<string, RuleSetting>;
  limits?: Partial<Record<Platform, Partial<PlatformLimits>>>;
  prompt?: Partial<RuleSettings['prompt']>;
}

/** One preset pack file, as shared between teams (see public/pack.schema.json). */
export interface Pack {
  /** Lets editors find public/pack.schema.json; ignored by Saring. */
  $schema?: string;
  format: typeof PACK_FORMAT;
  version: number;
  id: string;
  name: string;
  publisher: Publisher;
  /** ISO date (YYYY-MM-DD) or date-time of the last edit. */
  updated: string;
  description?: string;
  /** ISO date after which the whole pack is ignored. */
  expires?: string;
  profiles?: Profile[];
  glossary?: GlossaryEntry[];
  templates?: Template[];
  ruleSettings?: PartialRuleSettings;
  exercises?: Exercise[];
  /** Debunked claims the hoax-claim rule matches captions against (a Diskominfo's claims pack). */
  claims?: Claim[];
  /** Paths subscribers may not override locally; syntax in ./locks.ts. */
  locked?: string[];
}

/** The content kinds of a pack whose items carry stable ids. */
export const ITEM_KINDS = ['profiles', 'glossary', 'templates', 'exercises', 'claims'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ItemOf {
  profiles: Profile;
  glossary: GlossaryEntry;
  templates: Template;
  exercises: Exercise;
  claims: Claim;
}

/** One problem in a pack, in the language asked for. `path` names the field, e.g. `profiles[0].handles`. */
export interface PackError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export type { Lang };
