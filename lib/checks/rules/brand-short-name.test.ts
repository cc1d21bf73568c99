import { ruleTable, testProfile } from '../testing';
import { brandShortName } from './brand-short-name';

const profile = testProfile({
  officialName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
  shortNames: ['Diskominfo Sleman', 'Kominfo'],
});
const long = 'Dinas Komunikasi dan Informatika Kabupaten Sleman';

ruleTable(brandShortName, {
  valid: [
    { text: `${long} (Diskominfo Sleman) menggelar bimtek. Diskominfo Sleman mengundang...`, ctx: { profile } },
    { text: 'Ikuti #DiskominfoSleman', ctx: { profile } },
    { text: 'Diskominfo Sleman', ctx: {}, name: 'no profile' },
    { text: 'Kominfonya', ctx: { profile }, name: 'whole words only' },
  ],
  invalid: [
    {
      text: 'Diskominfo Sleman menggelar bimtek. Kominfo juga.',
      ctx: { profile },
      findings: [
        {
          match: 'Diskominfo Sleman',
          severity: 'info',
          suggestions: [`${long} (Diskominfo Sleman)`, long],
        },
      ],
    },
  ],
});
