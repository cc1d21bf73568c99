import { ruleTable } from '../testing';
import { spellingParticle } from './spelling-particle';

const fix = (match: string, right: string) => ({ match, severity: 'warning' as const, suggestions: [right], safe: true as const });

ruleTable(spellingParticle, {
  valid: [
    'Walaupun hujan, meskipun jauh, adapun kegiatannya tetap berjalan; ataupun maupun kalaupun.',
    'Apa pun hasilnya, siapa pun boleh datang. Ia pun setuju. Sekali pun belum pernah.',
    'Rumahnya, dialah, apakah; ampun dan rumpun bambu; menghimpun dana.',
  ],
  invalid: [
    { text: 'Rumah nya sudah didata', findings: [fix('Rumah nya', 'Rumahnya')] },
    { text: 'Apa kah warga sudah tahu? Dia lah orangnya', findings: [fix('Apa kah', 'Apakah'), fix('Dia lah', 'Dialah')] },
    { text: 'Walau pun hujan', findings: [fix('Walau pun', 'Walaupun')] },
    { text: 'Meski pun jauh, ada pun hasilnya', findings: [fix('Meski pun', 'Meskipun'), fix('ada pun', 'adapun')] },
    { text: 'Sedikitpun tidak, itupun belum', findings: [fix('Sedikitpun', 'Sedikit pun'), fix('itupun', 'itu pun')] },
  ],
});
