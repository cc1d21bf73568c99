import { deepRule } from '../deep';
import { type Rule } from '../rule';

/**
 * A deep rule (../deep.ts): the claim index is too big for the content script, so the matcher is
 * installed by ../claims/install.ts where the preset's claims are (the background page, the CLI,
 * tests, benches), and panels get its findings in the same `checks:deep` request as spelling.
 */
export const hoaxClaim: Rule = deepRule({
  id: 'hoax-claim',
  category: 'hoax',
  severity: 'error',
});
