/**
 * The browser tests that run in Chromium only, by file and full test name ("describe > it"), each
 * with the reason. tests/harness/browser-setup.ts skips them when the suite drives Firefox and prints
 * the reason; the comment beside each says which Firefox test covers the same behaviour.
 */
const SIDE_PANEL_TEST = 'shows the same findings, applies a fix and the sample caption, and gives the page its panel back';
const SIDE_PANEL_REASON =
  "it finds the composer's tab through Chrome's extension service worker (chrome.tabs), which Firefox's MV2 build does not have; Firefox's sidebar_action page runs the same components, whose findings and fixes tests/panel-features.test.ts proves in Firefox";

export const chromiumOnly: Record<string, Record<string, string>> = {
  'tests/sidepanel.test.ts': Object.fromEntries(['instagram', 'facebook', 'tiktok'].map((site) => [`'${site}' in the side panel > ${SIDE_PANEL_TEST}`, SIDE_PANEL_REASON])),
};

/** The reason a test is Chromium-only, or null. `file` is relative to the repository, with `/`. */
export function chromiumOnlyReason(file: string, fullName: string): string | null {
  return chromiumOnly[file]?.[fullName] ?? null;
}

/**
 * Tests that fail since the eight branches of 2026-12-01 were merged, skipped in every browser by
 * name with the reason printed, so the rest of the suite still guards main. Each is listed in the
 * open issue it belongs to; fixing it means deleting its line here. Never add a test here to hide a
 * regression it was written to catch without saying so in that issue.
 */
export const brokenAfterMerge: Record<string, Record<string, string>> = {
};

export function brokenAfterMergeReason(file: string, fullName: string): string | null {
  return brokenAfterMerge[file]?.[fullName] ?? null;
}
