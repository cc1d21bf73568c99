import { claimMatcher } from '../claims/provider';
import { type Rule } from '../rule';

export const hoaxClaim: Rule = {
  id: 'hoax-claim',
  category: 'hoax',
  severity: 'error',
  run(input) {
    if (!input.ctx.claims?.length) return [];
    return claimMatcher()?.(input) ?? [];
  },
};
