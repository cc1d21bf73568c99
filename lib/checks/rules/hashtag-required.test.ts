import { ruleTable, testProfile } from '../testing';
import { hashtagRequired } from './hashtag-required';

const profile = testProfile({
  hashtags: { required: ['SlemanSembada', '#InfoSleman'], recommended: ['Jogja', 'Diskominfo'], forbidden: ['GantiBupati'] },
});

ruleTable(hashtagRequired, {
  valid: [
    { text: 'Info #slemansembada #InfoSleman', ctx: { profile } },
    { text: '', ctx: { profile }, name: 'empty caption' },
    { text: 'Tanpa profil' },
  ],
  invalid: [
    {
      text: 'Info vaksin #SlemanSembada',
      ctx: { profile },
      findings: [{ match: '', start: 26, severity: 'warning', suggestions: [' #InfoSleman'] }],
    },
    {
      text: 'Info vaksin\n',
      ctx: { profile },
      findings: [
        { match: '', start: 11, severity: 'warning', suggestions: ['\n\n#SlemanSembada'] },
        { match: '', start: 11, severity: 'warning', suggestions: ['\n\n#InfoSleman'] },
      ],
    },
  ],
});
