/** Parses the rgb()/rgba() strings getComputedStyle returns. */
export function parseColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Light or dark, read from the colour the site actually paints behind the composer, so it works
 * on every site and whatever class name the site uses for its dark mode.
 */
export function detectTheme(from: Element, style: (el: Element) => CSSStyleDeclaration = getComputedStyle): 'light' | 'dark' {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const color = parseColor(style(el).backgroundColor);
    if (color && color.a > 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
