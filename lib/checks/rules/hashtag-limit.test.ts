import { ruleTable } from '../testing';
import { hashtagLimit } from './hashtag-limit';

const five = '#Sleman #SlemanSembada #InfoSleman #Diskominfo #Jogja';

ruleTable(hashtagLimit, {
  valid: [
    'Tanpa tagar sama sekali.',
    five,
    { text: `${five} #Enam #Tujuh`, ctx: { platform: 'facebook' }, name: 'no limit on Facebook' },
    { text: 'https://sleman.go.id/#a #b #c #d #e', name: 'a URL fragment is not a hashtag' },
    { text: `${five} #Enam`, ctx: { settings: { limits: { instagram: { hashtags: 10 } } } }, name: 'preset raises the limit' },
  ],
  invalid: [
    { text: `${five} #Enam`, findings: [{ match: ' #Enam', severity: 'error', suggestions: [''] }] },
    {
      text: `${five} #Enam #Tujuh`,
      ctx: { platform: 'tiktok' },
      findings: [
        { match: ' #Enam', severity: 'error', suggestions: [''] },
        { match: ' #Tujuh', severity: 'error', suggestions: [''] },
      ],
    },
    {
      text: '#a #b #c',
      ctx: { settings: { limits: { instagram: { hashtags: 2 } }, rules: { 'hashtag-limit': { severity: 'warning' } } } },
      name: 'preset limit and severity',
      findings: [{ match: ' #c', severity: 'warning', suggestions: [''] }],
    },
  ],
});
