import { ruleTable, testProfile } from '../testing';
import { hashtagForbidden } from './hashtag-forbidden';

const profile = testProfile({
  hashtags: { required: ['SlemanSembada', '#InfoSleman'], recommended: ['Jogja', 'Diskominfo'], forbidden: ['GantiBupati'] },
});

ruleTable(hashtagForbidden, {
  valid: [{ text: '#GantiBupatiLama bukan tagar terlarang', ctx: { profile } }],
  invalid: [
    {
      text: 'Ayo #gantibupati',
      ctx: { profile },
      findings: [{ match: ' #gantibupati', severity: 'error', suggestions: [''] }],
    },
  ],
});
