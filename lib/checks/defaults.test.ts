import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, DEFAULT_SETTINGS, makeContext } from './defaults';

describe('makeContext', () => {
  it('fills everything a caller leaves out, reusing the default objects so caches stay warm', () => {
    const ctx = makeContext();
    expect(ctx.platform).toBe('instagram');
    expect(ctx.lang).toBe('id');
    expect(ctx.settings).toBe(DEFAULT_SETTINGS);
    expect(makeContext().glossary).toBe(ctx.glossary);
  });

  it('merges partial limits per platform over the defaults', () => {
    const ctx = makeContext({ settings: { limits: { instagram: { hashtags: 30 } }, prompt: { enabled: false } } });
    expect(ctx.settings.limits.instagram).toEqual({ ...DEFAULT_LIMITS.instagram, hashtags: 30 });
    expect(ctx.settings.limits.facebook).toEqual(DEFAULT_LIMITS.facebook);
    expect(ctx.settings.prompt).toEqual({ enabled: false, warnCategories: ['hoax', 'personal-data'] });
  });

  it('has the platform limits of the reference', () => {
    expect(DEFAULT_LIMITS.instagram).toEqual({ captionLength: 2200, hashtags: 5, mentions: 20, foldAt: 125, linksClickable: false, replyLength: 2200 });
    expect(DEFAULT_LIMITS.tiktok.captionLength).toBe(4000);
    expect(DEFAULT_LIMITS.tiktok.hashtags).toBe(5);
    expect(DEFAULT_LIMITS.facebook).toMatchObject({ captionLength: 63206, hashtags: null, foldAt: 477, linksClickable: true });
    // Comments: Instagram 2,200, Facebook 8,000, TikTok 150.
    expect([DEFAULT_LIMITS.instagram.replyLength, DEFAULT_LIMITS.facebook.replyLength, DEFAULT_LIMITS.tiktok.replyLength]).toEqual([2200, 8000, 150]);
  });
});
