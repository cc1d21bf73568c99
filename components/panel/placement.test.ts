import { describe, expect, it } from 'vitest';
import { placePanel } from './placement';

const viewport = { width: 1400, height: 900 };
const panel = { width: 320, height: 500 };

describe('placePanel', () => {
  it('sits right of a centred dialog without overlapping it', () => {
    const anchor = { left: 400, top: 100, right: 1000, bottom: 800 };
    const p = placePanel(anchor, viewport, panel);
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(anchor.right);
    expect(p.left + panel.width).toBeLessThanOrEqual(viewport.width);
  });

  it('moves left when the right side has no room', () => {
    const anchor = { left: 500, top: 100, right: 1300, bottom: 800 };
    const p = placePanel(anchor, viewport, panel);
    expect(p.side).toBe('left');
    expect(p.left + panel.width).toBeLessThanOrEqual(anchor.left);
  });

  it('honours the remembered side when it fits', () => {
    const anchor = { left: 400, top: 100, right: 1000, bottom: 800 };
    expect(placePanel(anchor, viewport, panel, 'left').side).toBe('left');
  });

  it('stays inside the viewport when no side fits', () => {
    const anchor = { left: 10, top: -50, right: 1390, bottom: 2000 };
    const p = placePanel(anchor, viewport, panel);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + panel.width).toBeLessThanOrEqual(viewport.width);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
});
