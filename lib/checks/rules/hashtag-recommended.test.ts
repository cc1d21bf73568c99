import { ruleTable, testProfile } from '../testing';
import { hashtagRecommended } from './hashtag-recommended';

const profile = testProfile({
  hashtags: { required: ['SlemanSembada', '#InfoSleman'], recommended: ['Jogja', 'Diskominfo'], forbidden: ['GantiBupati'] },
});

ruleTable(hashtagRecommended, {
  valid: [
    { text: 'Info #Jogja #Diskominfo', ctx: { profile } },
    { text: '#a #b #c #d #e', ctx: { profile }, name: 'no room left under the Instagram limit' },
  ],
  invalid: [
    {
      text: 'Info #Jogja',
      ctx: { profile },
      findings: [{ match: '', start: 11, severity: 'info', suggestions: [' #Diskominfo'] }],
    },
    {
      text: 'Info',
      ctx: { profile, platform: 'facebook' },
      findings: [{ match: '', start: 4, severity: 'info', suggestions: ['\n\n#Jogja #Diskominfo'] }],
    },
  ],
});
