/** Lists typed into text boxes: one item a line (commas work too), trimmed, no empties or repeats. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const item = raw.trim();
    if (item && !seen.has(item)) {
      seen.add(item);
      items.push(item);
    }
  }
  return items;
}

/** Hashtags as admins paste them ("#A #B, C"): without the #, split on spaces too. */
export function splitHashtags(text: string): string[] {
  return splitList(text.replace(/\s+/g, '\n')).map((tag) => tag.replace(/^#+/, '')).filter(Boolean);
}

export function joinLines(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

export function joinHashtags(items: readonly string[] | undefined): string {
  return (items ?? []).map((tag) => `#${tag}`).join(' ');
}

/** A positive whole number, empty for "not set", or NaN for something that is neither. */
export function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A readable id from a name: "Diskominfo Sleman" → "diskominfo-sleman". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** An id not yet used, from a name (adds -2, -3 … when taken). */
export function freshId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(name) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
