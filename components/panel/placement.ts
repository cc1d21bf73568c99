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
  /** True when neither side of the composer has room: the panel would cover it. */
  crowded: boolean;
}

const GAP = 12;
const MARGIN = 8;

/**
 * Where the panel goes so it sits beside the composer without covering it: to the right of the
 * anchor when there is room, else to its left, narrowing to `minWidth` if need be (a 1366-pixel
 * laptop beside a centred dialog leaves about 300 pixels a side). With no room on either side it
 * is `crowded`: the caller shows the small badge there instead of covering the composer.
 */
export function placePanel(
  anchor: Rect,
  viewport: { width: number; height: number },
  panel: { width: number; minWidth: number; height: number },
  preferred: 'left' | 'right' = 'right',
  offsetY = 0,
): Placement {
  const roomRight = viewport.width - anchor.right - GAP - MARGIN;
  const roomLeft = anchor.left - GAP - MARGIN;
  const maxTop = Math.max(MARGIN, viewport.height - panel.height - MARGIN);
  const top = Math.min(Math.max(anchor.top + offsetY, MARGIN), maxTop);
  const right = (width: number): Placement => ({ left: anchor.right + GAP, top, side: 'right', width, crowded: false });
  const left = (width: number): Placement => ({ left: anchor.left - GAP - width, top, side: 'left', width, crowded: false });
  const fit = (room: number) => Math.min(panel.width, room);
  const fitsRight = roomRight >= panel.minWidth;
  const fitsLeft = roomLeft >= panel.minWidth;
  if (preferred === 'left' && fitsLeft) return left(fit(roomLeft));
  if (fitsRight) return right(fit(roomRight));
  if (fitsLeft) return left(fit(roomLeft));
  return { left: Math.max(MARGIN, viewport.width - panel.width - MARGIN), top, side: 'right', width: panel.width, crowded: true };
}
