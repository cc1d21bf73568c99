/** Checks a subscription URL before anything is asked of the browser. */
export type UrlCheck = { ok: true; url: string; origin: string } | { ok: false; reason: 'invalid' | 'not-https' };

export function checkSubscriptionUrl(text: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  // Packs steer what admins publish: never fetch them over a connection anyone can rewrite.
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  if (!url.hostname) return { ok: false, reason: 'invalid' };
  return { ok: true, url: url.href, origin: url.origin };
}
