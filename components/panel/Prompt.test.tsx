// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../lib/checks/claims/install';
import { render } from 'preact';
import { check, makeContext } from '../../lib/checks';
import type { Claim } from '../../lib/checks/types';
import { uiLang } from '../../lib/i18n';
import { Prompt } from './Prompt';

const CLAIM: Claim = {
  id: 'air-pdam',
  claim: { id: 'Air PDAM tercemar bakteri berbahaya sehingga dilarang dipakai minum dan memasak.' },
  verdict: 'hoaks',
  source: { name: 'Diskominfo Contoh', url: 'https://diskominfo.contohkab.go.id/klarifikasi/air-pdam', title: '[HOAKS] Air PDAM Tercemar Bakteri' },
  published: '2026-11-18',
};

describe('the prompt before posting', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  it('names the evidence of a hoax-claim finding: the fact-check title, who published it, when, with its link', () => {
    uiLang.value = 'id';
    const findings = check('Air PDAM lagi tercemar bakteri bahaya, jangan dipake buat minum & masak!!', makeContext({ claims: [CLAIM], today: '2026-12-01' }));
    const blocking = findings.filter((f) => f.ruleId === 'hoax-claim');
    expect(blocking.map((f) => f.severity)).toEqual(['error']);
    render(<Prompt state={{ findings: blocking, proceed() {} }} onFixFirst={() => {}} onPostAnyway={() => {}} />, root);
    const evidence = root.querySelector<HTMLAnchorElement>('[data-saring="evidence"] a');
    expect(evidence?.textContent).toBe('Bukti: [HOAKS] Air PDAM Tercemar Bakteri (Diskominfo Contoh, 2026-11-18)');
    expect(evidence?.getAttribute('href')).toBe('https://diskominfo.contohkab.go.id/klarifikasi/air-pdam');
    expect(evidence?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('[data-rule-id="hoax-claim"]')?.textContent).toContain('Klaim ini sudah dinyatakan HOAKS oleh Diskominfo Contoh (2026-11-18)');
  });

  it('renders a hostile claim title as text, never markup', () => {
    const hostile = { ...CLAIM, source: { ...CLAIM.source, title: '<img src=x onerror=alert(1)>' } };
    const findings = check('Air PDAM tercemar bakteri berbahaya, dilarang dipakai minum dan memasak', makeContext({ claims: [hostile], today: '2026-12-01' }));
    render(<Prompt state={{ findings, proceed() {} }} onFixFirst={() => {}} onPostAnyway={() => {}} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-saring="evidence"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
