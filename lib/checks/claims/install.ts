/**
 * hoax-claim's matcher, installed as a deep rule (../deep.ts): the index per preset and the drafts.
 * Imported for its effect where the preset's claims are: the background page, the CLI, tests and
 * benches; never by the content script (the index is too big for its budget).
 */
import { buildClaimIndex, matchClaims, type ClaimIndex } from './index';
import { cited, refutes } from './debunk';
import { installDeepRules } from '../deep';
import { termsOf } from './terms';
import { REF } from '../refs';
import { msg, type Draft, type RuleInput } from '../rule';
import type { Claim, ClaimEvidence } from '../types';

/** One index per claims array (the preset's), rebuilt when "today" moves past an expiry. */
const cache = new WeakMap<readonly Claim[], { today: string; index: ClaimIndex }>();

function indexFor(claims: readonly Claim[], today: string): ClaimIndex {
  const hit = cache.get(claims);
  if (hit && hit.today === today) return hit.index;
  const index = buildClaimIndex(claims.filter((c) => !(c.expires !== undefined && c.expires < today)));
  cache.set(claims, { today, index });
  return index;
}

/** A caption restating a claim could still mention several; the first few say enough. */
const MAX_CLAIMS = 3;

export function runClaims({ text, ctx, scan }: RuleInput): Draft[] {
  const claims = ctx.claims;
  if (!claims?.length) return [];
  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  const out: Draft[] = [];
  for (const m of matchClaims(indexFor(claims, today), text, termsOf(text, scan.words(), scan.urls())).slice(0, MAX_CLAIMS)) {
    const { claim: c } = m;
    const verdict = c.verdict.toUpperCase();
    const title = c.source.title ?? c.claim.id;
    const evidence: ClaimEvidence = {
      claimId: c.id,
      claim: c.claim.id,
      verdict: c.verdict,
      title,
      source: c.source.name,
      url: c.source.url,
      published: c.published,
    };
    const links = [{ label: `${c.source.name}: ${title}`, url: c.source.url }];
    if (refutes(text, m.start, m.end)) {
      // A clarification: good practice. Only ask for the source when it gives none.
      if (cited(text)) continue;
      out.push({
        start: m.start,
        end: m.end,
        severity: 'info',
        message: msg(`Klarifikasi ini sesuai cek fakta ${c.source.name} (${c.published}); cantumkan sumbernya.`, `This clarification matches a fact-check by ${c.source.name} (${c.published}); cite it.`),
        explanation: msg(
          'Klarifikasi hoaks yang baik menyebut sumber faktanya. Tambahkan "Sumber:" dengan tautan cek fakta ini agar warga bisa memeriksa.',
          'A good hoax clarification names where its facts come from. Add "Sumber:" with this fact-check link so citizens can check.',
        ),
        links,
        evidence,
      });
      continue;
    }
    out.push({
      start: m.start,
      end: m.end,
      message: msg(
        `Klaim ini sudah dinyatakan ${verdict} oleh ${c.source.name} (${c.published}): "${c.claim.id}"`,
        `This claim was rated ${verdict} by ${c.source.name} (${c.published}): "${c.claim.en ?? c.claim.id}"`,
      ),
      explanation: msg(
        'Jangan unggah klaim yang sudah dibantah. Jika ingin meluruskannya, tulis sebagai klarifikasi: label [HOAKS] atau [SALAH], faktanya, dan tautan cek fakta.',
        'Do not post a debunked claim. To correct it, write a clarification: a [HOAKS] or [SALAH] label, the facts, and the fact-check link.',
      ),
      reference: `${REF.ite283}; ${REF.se137}`,
      links,
      evidence,
    });
  }
  return out;
}

installDeepRules({ 'hoax-claim': runClaims });
