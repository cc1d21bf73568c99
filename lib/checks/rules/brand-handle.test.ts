import { ruleTable, testProfile } from '../testing';
import { brandHandle } from './brand-handle';

const profile = testProfile({ handles: { instagram: 'diskominfo_sleman', tiktok: 'slemankab' } });

ruleTable(brandHandle, {
  valid: [
    { text: 'Ikuti @diskominfo_sleman dan @Diskominfo_Sleman.', ctx: { profile } },
    { text: 'Bersama @dinkes_sleman dan @bpbd_sleman', ctx: { profile }, name: 'other agencies' },
    { text: 'Kirim ke humas@diskominfo.sleman.go.id', ctx: { profile } },
    { text: '@slemankb', ctx: { profile }, name: 'short handles need an exact match (TikTok handle is not checked on Instagram)' },
    { text: '@diskominfosleman', ctx: { profile, platform: 'facebook' }, name: 'no handle for Facebook' },
  ],
  invalid: [
    {
      text: 'Ikuti @diskominfosleman!',
      ctx: { profile },
      findings: [{ match: '@diskominfosleman', severity: 'warning', suggestions: ['@diskominfo_sleman'], safe: true }],
    },
    {
      text: 'Info: @diskominfo_slemn.',
      ctx: { profile },
      findings: [{ match: '@diskominfo_slemn', severity: 'warning', suggestions: ['@diskominfo_sleman'], safe: true }],
    },
  ],
});
