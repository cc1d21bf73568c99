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

describe('placePanel with what must stay clear', () => {
  // Instagram's caption step at 1366×768: media square 682 px, caption column 340 px.
  const dialog = { left: 172, top: 20, right: 1194, bottom: 748 };
  const caption = { left: 854, top: 63, right: 1194, bottom: 300 };
  const share = { left: 1130, top: 28, right: 1186, bottom: 56 };
  const laptop = { width: 1366, height: 768 };
  const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) => a.left < b.right && b.left < a.right;

  it('opens over the media preview, beside the caption column, when there is no room beside the dialog', () => {
    const p = placePanel(dialog, laptop, panel, 'right', 0, [caption, share]);
    expect(p).toMatchObject({ where: 'over', side: 'left', width: 320, crowded: false });
    expect(p.left + p.width).toBe(caption.left - 12);
    for (const keep of [caption, share]) expect(overlaps({ left: p.left, right: p.left + p.width }, keep)).toBe(false);
  });

  it('stays beside a narrow dialog and also clear of a Post button outside it', () => {
    const form = { left: 300, top: 100, right: 700, bottom: 400 };
    const post = { left: 680, top: 420, right: 760, bottom: 450 };
    const p = placePanel(form, laptop, panel, 'right', 0, [post]);
    expect(p.where).toBe('beside');
    expect(p.left).toBeGreaterThanOrEqual(post.right);
  });

  it('goes beside a full-page composer whose Publish button sits in a page-wide footer, clear of both', () => {
    // Business Suite at 1280×720: the composer column on the left, Publish at the far right of a fixed footer.
    const column = { left: 16, top: 16, right: 576, bottom: 520 };
    const editor = { left: 16, top: 330, right: 576, bottom: 400 };
    const publish = { left: 1170, top: 682, right: 1264, bottom: 712 };
    const schedule = { left: 1080, top: 682, right: 1162, bottom: 712 };
    const p = placePanel(column, { width: 1280, height: 720 }, { ...panel, height: 700 }, 'right', 0, [editor, publish, schedule]);
    expect(p).toMatchObject({ where: 'beside', side: 'right', width: 320, crowded: false, left: column.right + 12 });
    for (const keep of [editor, publish, schedule]) expect(overlaps({ left: p.left, right: p.left + p.width }, keep)).toBe(false);
  });

  it('does not go beside the composer alone when that would cover the Post button', () => {
    const column = { left: 16, top: 16, right: 576, bottom: 520 };
    const editor = { left: 16, top: 330, right: 576, bottom: 400 };
    const publish = { left: 600, top: 682, right: 1264, bottom: 712 };
    const p = placePanel(column, { width: 1280, height: 720 }, { ...panel, height: 700 }, 'right', 0, [editor, publish]);
    expect(p.crowded).toBe(true);
  });

  it('is crowded only when even the spare part is too narrow', () => {
    const wide = { left: 0, top: 0, right: 1366, bottom: 768 };
    const p = placePanel(wide, laptop, panel, 'right', 0, [{ left: 200, top: 50, right: 1200, bottom: 400 }]);
    expect(p.crowded).toBe(true);
  });
});
