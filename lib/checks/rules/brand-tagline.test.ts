import { ruleTable, testProfile } from '../testing';
import { brandTagline } from './brand-tagline';

const profile = testProfile({ tagline: 'Sleman SEMBADA' });

ruleTable(brandTagline, {
  valid: [
    { text: 'Bersama membangun. Sleman SEMBADA', ctx: { profile } },
    { text: '#SlemanSembada', ctx: { profile } },
    { text: 'Sleman sembada-nya', ctx: { profile: testProfile() }, name: 'profile without tagline' },
  ],
  invalid: [
    {
      text: 'Salam sleman  sembada!',
      ctx: { profile },
      findings: [{ match: 'sleman  sembada', severity: 'warning', suggestions: ['Sleman SEMBADA'], safe: true }],
    },
  ],
});
