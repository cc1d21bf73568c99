/** The claim form's values and their conversion to a pack item (the store validates it fully). */
import { CLAIM_VERDICTS, type Claim, type ClaimVerdict } from '../../../lib/checks/types';

export interface ClaimForm {
  id: string;
  claim: string;
  /** The claim in English, optional. */
  claimEn: string;
  verdict: ClaimVerdict;
  sourceName: string;
  sourceUrl: string;
  sourceTitle: string;
  published: string;
  keywords: string;
  /** YYYY-MM-DD or empty: the claim stops being matched after this day. */
  expires: string;
}

export const VERDICTS = CLAIM_VERDICTS;

export function emptyClaimForm(id: string, today: string): ClaimForm {
  return { id, claim: '', claimEn: '', verdict: 'hoaks', sourceName: '', sourceUrl: '', sourceTitle: '', published: today, keywords: '', expires: '' };
}

/** A claim (the admin's own or a pack's) as form values, for editing or reading. */
export function claimToForm(claim: Claim): ClaimForm {
  return {
    id: claim.id,
    claim: claim.claim.id,
    claimEn: claim.claim.en ?? '',
    verdict: claim.verdict,
    sourceName: claim.source.name,
    sourceUrl: claim.source.url,
    sourceTitle: claim.source.title ?? '',
    published: claim.published,
    keywords: (claim.keywords ?? []).join(', '),
    expires: claim.expires ?? '',
  };
}

export function formToClaim(form: ClaimForm): Claim {
  const claim: Claim = {
    id: form.id.trim(),
    claim: form.claimEn.trim() ? { id: form.claim.trim(), en: form.claimEn.trim() } : { id: form.claim.trim() },
    verdict: form.verdict,
    source: { name: form.sourceName.trim(), url: form.sourceUrl.trim() },
    published: form.published.trim(),
  };
  if (form.sourceTitle.trim()) claim.source.title = form.sourceTitle.trim();
  const keywords = form.keywords.split(',').map((k) => k.trim()).filter(Boolean);
  if (keywords.length) claim.keywords = keywords;
  if (form.expires.trim()) claim.expires = form.expires.trim();
  return claim;
}

/** Claims whose text, id, fact-checker or keywords contain every word of the query (any case). */
export function searchClaims(claims: readonly Claim[], query: string): Claim[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...claims];
  return claims.filter((c) => {
    const hay = [c.id, c.claim.id, c.claim.en ?? '', c.source.name, c.source.title ?? '', ...(c.keywords ?? [])].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
