import { describe, expect, it } from 'vitest';
import { originOf, rememberPackItems } from './origin';
import { sampleSnapshot } from './testing';

describe('originOf', () => {
  it('tells local items from pack items and names the only pack that brings that kind', () => {
    const snapshot = sampleSnapshot();
    expect(originOf(snapshot, 'profiles', 'sleman')).toEqual({ kind: 'local' });
    expect(originOf(snapshot, 'profiles', 'prov')).toEqual({ kind: 'pack', packName: 'Paket Provinsi' });
  });

  it('recognises a local copy of an item seen earlier as a pack item', () => {
    const snapshot = sampleSnapshot();
    const seen = new Set<string>();
    rememberPackItems(snapshot, seen);
    snapshot.local.profiles.push(snapshot.effective.profiles[1]!);
    expect(originOf(snapshot, 'profiles', 'prov', seen)).toEqual({ kind: 'override', packName: 'Paket Provinsi' });
  });

  it('uses packItems when the background sends it', () => {
    const snapshot = Object.assign(sampleSnapshot(), { packItems: { 'profiles/sleman': 'Paket Kabupaten' } });
    expect(originOf(snapshot, 'profiles', 'sleman')).toEqual({ kind: 'override', packName: 'Paket Kabupaten' });
  });

  it('gives no name when several packs could have brought the item', () => {
    const snapshot = sampleSnapshot();
    snapshot.packs[0]!.counts.profiles = 2;
    expect(originOf(snapshot, 'profiles', 'prov')).toEqual({ kind: 'pack', packName: undefined });
  });
});
