import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs with the deep rules (the work is in deep/personal.ts, installed by deep/install.ts). */
export const personalAddress = deepRule({
  id: 'personal-address',
  category: 'personal-data',
  severity: 'warning',
  description: msg(
    'Alamat rumah warga (jalan dan nomor rumah, RT/RW) di samping namanya atau dalam daftar penerima (UU PDP).',
    "A citizen's home address (street and house number, RT/RW) next to their name or in a list of recipients (UU PDP).",
  ),
});
