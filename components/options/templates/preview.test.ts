import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../lib/checks/types';
import type { Template } from '../../../lib/templates/types';
import { previewProfile, previewValues } from './preview';

const profile = (id: string, defaultFor?: Profile['defaultFor']): Profile => ({
  id,
  officialName: id,
  shortNames: [],
  handles: {},
  hashtags: { required: [], recommended: [], forbidden: [] },
  contacts: [],
  timeZone: 'WIB',
  allowedWords: [],
  ...(defaultFor ? { defaultFor } : {}),
});

describe('preview', () => {
  it('fills defaults, then examples', () => {
    const template: Template = {
      id: 't',
      title: { id: 'T' },
      category: 'c',
      purpose: 'informatif',
      body: '{a} {b} {c}',
      fields: [
        { name: 'a', type: 'text', label: { id: 'A' }, default: 'bawaan' },
        { name: 'b', type: 'text', label: { id: 'B' }, example: 'contoh' },
        { name: 'c', type: 'text', label: { id: 'C' } },
      ],
    };
    expect(previewValues(template, new Date('2026-11-24T03:00:00Z'))).toEqual({ a: 'bawaan', b: 'contoh', c: '' });
  });

  it('picks the active profile, then the default for the platform, then the first', () => {
    const profiles = [profile('a'), profile('b', ['tiktok']), profile('c')];
    expect(previewProfile(profiles, 'instagram', { instagram: 'c' })?.id).toBe('c');
    expect(previewProfile(profiles, 'tiktok', {})?.id).toBe('b');
    expect(previewProfile(profiles, 'facebook', { facebook: 'gone' })?.id).toBe('a');
    expect(previewProfile([], 'facebook', {})).toBeUndefined();
  });
});
