/** The claim form's values and their conversion to a pack item (the store validates it fully). */
import { CLAIM_VERDICTS, type Claim, type ClaimVerdict } from '../../../lib/checks/types';

export interface ClaimForm {
  id: string;
  claim: string;
  verdict: ClaimVerdict;
  sourceName: string;
  sourceUrl: string;
  sourceTitle: string;
  published: string;
  keywords: string;
}

export const VERDICTS = CLAIM_VERDICTS;

export function emptyClaimForm(id: string, today: string): ClaimForm {
  return { id, claim: '', verdict: 'hoaks', sourceName: '', sourceUrl: '', sourceTitle: '', published: today, keywords: '' };
}

export function formToClaim(form: ClaimForm): Claim {
  const claim: Claim = {
    id: form.id.trim(),
    claim: { id: form.claim.trim() },
    verdict: form.verdict,
    source: { name: form.sourceName.trim(), url: form.sourceUrl.trim() },
    published: form.published.trim(),
  };
  if (form.sourceTitle.trim()) claim.source.title = form.sourceTitle.trim();
  const keywords = form.keywords.split(',').map((k) => k.trim()).filter(Boolean);
  if (keywords.length) claim.keywords = keywords;
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
