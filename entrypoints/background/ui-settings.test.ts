import { describe, expect, it } from 'vitest';
import { DEFAULT_UI, applyUiChange, completeUi } from './ui-settings';

describe('UI settings', () => {
  it('gives settings stored by an older version their new defaults', () => {
    const old = { lang: 'en' as const, panel: { collapsed: true, side: 'left' as const, offsetY: 0 } };
    const ui = completeUi(old);
    expect(ui.lang).toBe('en');
    expect(ui.panel.collapsed).toBe(true);
    expect(ui.journal).toEqual(DEFAULT_UI.journal);
    expect(ui.tourSeen).toBe(false);
  });

  it('changes only what was asked', () => {
    const next = applyUiChange(DEFAULT_UI, { activeProfile: { platform: 'tiktok', profileId: 'dinkes' }, panel: { collapsed: true } });
    expect(next.activeProfiles).toEqual({ tiktok: 'dinkes' });
    expect(next.panel).toEqual({ ...DEFAULT_UI.panel, collapsed: true });
    expect(next.lang).toBe('auto');
  });
});
