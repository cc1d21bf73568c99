/**
 * Every built-in regular expression of the engine, in one record so one test can prove each linear
 * with recheck. Token patterns start with a negative lookbehind on their own character class: that
 * anchors them to the start of a token, which is what keeps an unanchored global search linear.
 */
export const PATTERNS = {
  /** #tag: letters, marks, digits, underscore (what the platforms link). */
  hashtag: /(?<![\p{L}\p{M}\p{N}_&#])#[\p{L}\p{M}\p{N}_]+/gu,
  /** A hash followed by blanks and then a word: "# Sleman" (not "# 1", a numbered item). */
  hashSpace: /(?<![\p{L}\p{M}\p{N}_&#])#[ \t]+(?=\p{L})/gu,
  /** Punctuation that cuts a tag, then more word: "-Pahlawan" after "#Hari". */
  tagCut: /^(?:[-'’.&][\p{L}\p{M}\p{N}_]+)+/u,
  /** @handle as typed; trailing dots are sentence punctuation and trimmed in code. */
  mention: /(?<![\p{L}\p{M}\p{N}_.@])@[\p{L}\p{M}\p{N}_.]+/gu,
  /** An at sign, a blank and a handle-like word: "@ diskominfo" (not "@ Rp5.000", a price). */
  atSpace: /(?<![\p{L}\p{M}\p{N}_.@])@[ \t]+(?=[a-z_])/gu,
  /** Characters that continue a handle but are not allowed in one: "@dinas-kesehatan". */
  handleCut: /^(?:-[\p{L}\p{M}\p{N}_.]+)+/u,
  /** Sixteen digits, grouped by blanks, dots or dashes (NIK / KK); not the middle of a longer dotted number. */
  nik16: /(?<!\d|\d[.-])\d(?:[ .-]?\d){15}(?!\d|[.-]\d)/g,
  /** Indonesian mobile numbers: 08…, +62 8…, 62 8…, with blanks or dashes (10 to 13 digits from the 0). */
  phone: /(?<![\d+])(?:\+62|62|0)[ -]?8(?:[ -]?\d){8,11}(?!\d)/g,
  /** Runs of three or more ! and ? (the rule counts the ! in code). */
  exclaimRun: /(?<![!?])[!?]{3,}/g,
  /** A clock time: 23.00, 23:00, 7.30. */
  clockTime: /(?<!\d)(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)/g,
  /** Hoax clarification labels used by Komdigi, Mafindo and humas accounts. */
  clarificationLabel: /\[\s*(?:HOAKS|HOAX|SALAH|DISINFORMASI|MISINFORMASI|MALINFORMASI|KLARIFIKASI)\s*\]/i,
  /** "Sumber:" / "Source:" lines that cite where the facts come from. */
  sourceLine: /(?<!\p{L})(?:sumber|source|referensi|penjelasan)\s*:/iu,
  /** Line break. */
  lineBreak: /[\r\n]/,
  /** Any run of whitespace (between the words of a phrase). */
  blanks: /\s+/u,
  nonDigit: /\D/g,
  /** Whitespace runs, collapsed to one space when phrases are compared. */
  blankRuns: /\s+/gu,
  /** Punctuation that cut a hashtag, removed to join it again. */
  tagPunct: /[-'’.&]/g,
  digitsOnlyTag: /^#\d+$/,
  leadingAt: /^@/,
  leadingHashes: /^#+/,
  /** Dots and underscores, ignored when comparing handles. */
  handlePunct: /[._]/g,
  /** Where the host of a URL ends. */
  urlPathStart: /[/?#]/,
  wwwPrefix: /^www\./i,
  /** A word that starts with a letter (not a number). */
  startsWithLetter: /^\p{L}/u,
  /** Scheme or www prefix of a web address. */
  urlScheme: /^(?:https?:\/\/|www\.)/i,
  /** One letter, mark or digit (the scanners' test for characters beyond ASCII). */
  wordChar: /^[\p{L}\p{M}\p{N}]$/u,
  /** A top-level domain of letters only. */
  alphaTld: /^[A-Za-z]{2,}$/,
  /** Anything that is not a letter (to see whether a word is written in capitals). */
  nonLetter: /[^\p{L}]/gu,
  /** One whitespace character. */
  blank: /\s/,
  /** Characters with a meaning in patterns (see escapeRegExp). */
  regexSyntax: /[\\^$.*+?()[\]{}|\/]/g,
} as const;

export type PatternName = keyof typeof PATTERNS;

/** Makes a literal safe to embed in a pattern: preset words are never compiled as raw regex. */
export function escapeRegExp(literal: string): string {
  // Only syntax characters: in unicode mode escaping anything else ("\\-") is itself an error.
  return literal.replace(PATTERNS.regexSyntax, '\\$&');
}
