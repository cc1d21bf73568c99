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
}

const GAP = 12;
const MARGIN = 8;

/**
 * Where the panel goes so it sits beside the composer without covering it: to the right of the
 * anchor when there is room, else to its left, else along the viewport's right edge (narrow
 * windows have no free side; the panel can then be collapsed to its badge).
 */
export function placePanel(
  anchor: Rect,
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
  preferred: 'left' | 'right' = 'right',
  offsetY = 0,
): Placement {
  const fitsRight = anchor.right + GAP + panel.width + MARGIN <= viewport.width;
  const fitsLeft = anchor.left - GAP - panel.width >= MARGIN;
  const maxTop = Math.max(MARGIN, viewport.height - panel.height - MARGIN);
  const top = Math.min(Math.max(anchor.top + offsetY, MARGIN), maxTop);
  const right = { left: anchor.right + GAP, top, side: 'right' as const };
  const left = { left: anchor.left - GAP - panel.width, top, side: 'left' as const };
  if (preferred === 'left' && fitsLeft) return left;
  if (fitsRight) return right;
  if (fitsLeft) return left;
  return { left: Math.max(MARGIN, viewport.width - panel.width - MARGIN), top, side: 'right' };
}
