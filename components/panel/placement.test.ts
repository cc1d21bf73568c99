import { describe, expect, it } from 'vitest';
import { placePanel } from './placement';

const viewport = { width: 1400, height: 900 };
const panel = { width: 320, minWidth: 260, height: 500 };

describe('placePanel', () => {
  it('sits right of a centred dialog without overlapping it', () => {
    const anchor = { left: 400, top: 100, right: 1000, bottom: 800 };
    const p = placePanel(anchor, viewport, panel);
    expect(p).toMatchObject({ side: 'right', width: 320, crowded: false });
    expect(p.left).toBeGreaterThanOrEqual(anchor.right);
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width);
  });

  it('narrows to the room a 1366-pixel laptop leaves beside a centred dialog', () => {
    const anchor = { left: 333, top: 100, right: 1033, bottom: 800 };
    const p = placePanel(anchor, { width: 1366, height: 768 }, panel);
    expect(p.crowded).toBe(false);
    expect(p.width).toBeLessThan(320);
    expect(p.width).toBeGreaterThanOrEqual(260);
    expect(p.left).toBeGreaterThanOrEqual(anchor.right);
    expect(p.left + p.width).toBeLessThanOrEqual(1366);
  });

  it('moves left when the right side has no room', () => {
    const anchor = { left: 500, top: 100, right: 1300, bottom: 800 };
    const p = placePanel(anchor, viewport, panel);
    expect(p.side).toBe('left');
    expect(p.left + p.width).toBeLessThanOrEqual(anchor.left);
  });

  it('honours the remembered side when it fits', () => {
    const anchor = { left: 400, top: 100, right: 1000, bottom: 800 };
    expect(placePanel(anchor, viewport, panel, 'left').side).toBe('left');
  });

  it('says so when no side has room, instead of covering the composer silently', () => {
    const anchor = { left: 10, top: -50, right: 1390, bottom: 2000 };
    const p = placePanel(anchor, viewport, panel);
    expect(p.crowded).toBe(true);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
});
