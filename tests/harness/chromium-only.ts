/**
 * The browser tests that run in Chromium only, by file and full test name ("describe > it"), each
 * with the reason. tests/harness/browser-setup.ts skips them when the suite drives Firefox and prints
 * the reason; the comment beside each says which Firefox test covers the same behaviour.
 */
export const chromiumOnly: Record<string, Record<string, string>> = {};

/** The reason a test is Chromium-only, or null. `file` is relative to the repository, with `/`. */
export function chromiumOnlyReason(file: string, fullName: string): string | null {
  return chromiumOnly[file]?.[fullName] ?? null;
}
