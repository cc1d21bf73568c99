import { ruleTable } from '../testing';
import { mentionLimit } from './mention-limit';

const twenty = Array.from({ length: 20 }, (_, i) => `@opd${i}`).join(' ');

ruleTable(mentionLimit, {
  valid: [
    twenty,
    { text: `${twenty} @lagi`, ctx: { platform: 'facebook' } },
    { text: `${twenty} humas@sleman.go.id`, name: 'an e-mail address is not a mention' },
  ],
  invalid: [
    { text: `${twenty} @opd20`, findings: [{ match: '@opd20', severity: 'error' }] },
  ],
});
