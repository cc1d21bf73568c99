/**
 * Where hoax-claim gets its matcher. The matcher and its index are too big for the content script's
 * budget, so the rule holds only this hook: the background page, the CLI, tests and benchmarks
 * install the matcher (import './install'); the panel beside a composer asks the background for
 * claim findings instead (message `claims:match`), and its own check returns none.
 */
import type { Draft, RuleInput } from '../rule';

export type ClaimMatcher = (input: RuleInput) => Draft[];

let installed: ClaimMatcher | null = null;

export function installClaimMatcher(matcher: ClaimMatcher): void {
  installed = matcher;
}

export function claimMatcher(): ClaimMatcher | null {
  return installed;
}
