/** `npm run check -- --preset claims.json FILE`: a Diskominfo's claims pack flows into hoax-claim. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../lib/checks/types';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'claims', name);

function check(file: string) {
  const r = spawnSync(tsx, ['scripts/check.ts', '--json', '--preset', fixture('claims-pack.json'), fixture(file)], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, findings: (JSON.parse(r.stdout) as { findings: Finding[] }).findings };
}

describe('npm run check with a claims pack', { timeout: 90_000 }, () => {
  it('flags a forwarded rewording of a listed claim as an error naming the fact-check', () => {
    const r = check('forwarded.txt');
    const claim = r.findings.filter((f) => f.ruleId === 'hoax-claim');
    expect(claim).toHaveLength(1);
    expect(claim[0]).toMatchObject({ severity: 'error', category: 'hoax', links: [{ url: 'https://diskominfo.contohkab.go.id/klarifikasi/air-pdam' }] });
    expect(claim[0]!.message).toContain('HOAKS oleh Diskominfo Kabupaten Contoh (2026-11-18)');
    expect(r.code).toBe(1);
  });

  it('stays quiet on the official clarification of the same claim', () => {
    const r = check('clarification.txt');
    expect(r.findings.filter((f) => f.category === 'hoax')).toEqual([]);
  });
});
