import { ruleTable } from '../testing';
import { hashtagDuplicate } from './hashtag-duplicate';

ruleTable(hashtagDuplicate, {
  valid: ['#Sleman #SlemanSembada', '#Sleman dan #Slemania', 'Nomor #1 dan #12', 'C# bukan tagar'],
  invalid: [
    {
      text: '#SlemanSembada hari ini #slemansembada',
      findings: [{ match: ' #slemansembada', severity: 'warning', suggestions: [''], safe: true }],
    },
    {
      text: '#Jogja\n#Jogja #JOGJA',
      findings: [
        { match: '#Jogja ', start: 7, severity: 'warning', suggestions: [''], safe: true },
        { match: ' #JOGJA', severity: 'warning', suggestions: [''], safe: true },
      ],
    },
  ],
});
