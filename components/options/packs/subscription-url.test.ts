import { describe, expect, it } from 'vitest';
import { checkSubscriptionUrl } from './subscription-url';

describe('checkSubscriptionUrl', () => {
  it('accepts https and gives the origin to ask permission for', () => {
    expect(checkSubscriptionUrl(' https://diskominfo.slemankab.go.id/saring/pack.json ')).toEqual({
      ok: true,
      url: 'https://diskominfo.slemankab.go.id/saring/pack.json',
      origin: 'https://diskominfo.slemankab.go.id',
    });
  });
  it('refuses other schemes and non-URLs', () => {
    expect(checkSubscriptionUrl('http://example.go.id/pack.json')).toEqual({ ok: false, reason: 'not-https' });
    expect(checkSubscriptionUrl('javascript:alert(1)')).toEqual({ ok: false, reason: 'not-https' });
    expect(checkSubscriptionUrl('pack.json')).toEqual({ ok: false, reason: 'invalid' });
  });
});
