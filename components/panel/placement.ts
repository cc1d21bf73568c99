export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'left' | 'right';
  /** The panel's width: as wide as preferred, narrower when the free side is narrower. */
  width: number;
  /**
   * Where it went: beside the composer, or `over` the part of the composer the admin does not need
   * while writing (Instagram's media preview), clear of the caption and the Share/Post button.
   */
  where: 'beside' | 'over';
  /** True when there is no room even over the spare part: the panel would cover the caption or the button. */
  crowded: boolean;
}

const GAP = 12;
const MARGIN = 8;

function bounds(rects: readonly Rect[]): Rect | null {
  const real = rects.filter((r) => r.right > r.left && r.bottom > r.top);
  if (!real.length) return null;
  return {
    left: Math.min(...real.map((r) => r.left)),
    top: Math.min(...real.map((r) => r.top)),
    right: Math.max(...real.map((r) => r.right)),
    bottom: Math.max(...real.map((r) => r.bottom)),
  };
}

/**
 * Where the panel goes so it never covers what the admin is writing: to the right of the composer
 * when there is room, else to its left, narrowing to `minWidth` if need be. A full-page composer
 * (Business Suite) whose Post button sits far off in a page-wide footer leaves no room beside
 * everything at once, so the panel may also go beside the composer alone, as long as it meets
 * nothing in `keepClear` (the caption editor and the Share/Post button, each on its own). With no
 * room beside (Instagram's caption step is nearly as wide as a laptop screen) it goes over the
 * composer's spare part, left or right of everything in `keepClear`, hugging them. Only when even
 * that has no room is it `crowded`: the caller shows the small badge.
 */
export function placePanel(
  anchor: Rect,
  viewport: { width: number; height: number },
  panel: { width: number; minWidth: number; height: number },
  preferred: 'left' | 'right' = 'right',
  offsetY = 0,
  keepClear: readonly Rect[] = [],
): Placement {
  const clear = bounds(keepClear);
  // Beside means beside the composer and everything that must stay clear, even outside the anchor.
  const outer = bounds([anchor, ...keepClear]) ?? anchor;
  const maxTop = Math.max(MARGIN, viewport.height - panel.height - MARGIN);
  const top = Math.min(Math.max(anchor.top + offsetY, MARGIN), maxTop);
  const fit = (room: number) => Math.min(panel.width, room);
  const meetsNothing = (spot: Placement): boolean =>
    keepClear.every((r) => r.right <= r.left || r.bottom <= r.top || spot.left + spot.width <= r.left || r.right <= spot.left || top + panel.height <= r.top || r.bottom <= top);

  const choose = (box: Rect, where: Placement['where']): Placement | null => {
    const roomRight = viewport.width - box.right - GAP - MARGIN;
    const roomLeft = box.left - GAP - MARGIN;
    const right = (): Placement => ({ left: box.right + GAP, top, side: 'right', width: fit(roomRight), where, crowded: false });
    const left = (): Placement => ({ left: box.left - GAP - fit(roomLeft), top, side: 'left', width: fit(roomLeft), where, crowded: false });
    const order = preferred === 'left' ? [left, right] : [right, left];
    for (const spot of order) {
      if ((spot === right ? roomRight : roomLeft) < panel.minWidth) continue;
      const placed = spot();
      if (meetsNothing(placed)) return placed;
    }
    return null;
  };

  const spot = choose(outer, 'beside') ?? choose(anchor, 'beside') ?? (clear ? choose(clear, 'over') : null);
  if (spot) return spot;
  return { left: Math.max(MARGIN, viewport.width - panel.width - MARGIN), top, side: 'right', width: panel.width, where: 'over', crowded: true };
}
