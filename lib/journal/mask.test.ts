import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './mask';
import { EXAMPLE_PROFILE } from '../presets/default-pack/profile';

describe('maskPersonalData', () => {
  it("masks a citizen's NIK, phone number and e-mail, keeping the rest", () => {
    const caption = 'Warga a.n. Budi (NIK 3404011203850001, HP 0812-3456-7890, budi.santoso@gmail.com) sudah dibantu.';
    const masked = maskPersonalData(caption);
    expect(masked).toBe('Warga a.n. Budi (NIK ••••••••••••••••, HP ••••-••••-••••, ••••.•••••••@•••••.•••) sudah dibantu.');
    expect(masked).toHaveLength(caption.length);
  });

  it("leaves the institution's official contacts and go.id addresses readable", () => {
    const caption = 'Hubungi humas@contohkab.go.id atau 112.';
    expect(maskPersonalData(caption, EXAMPLE_PROFILE)).toBe(caption);
  });
});
