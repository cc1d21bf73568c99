import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs with the deep rules (the work is in deep/personal.ts, installed by deep/install.ts). */
export const personalChild = deepRule({
  id: 'personal-child',
  category: 'personal-data',
  severity: 'warning',
  description: msg(
    'Nama anak dengan sekolah dan kelasnya (data anak adalah data spesifik, UU PDP).',
    "A child's name with their school and class (children's data is specific personal data, UU PDP).",
  ),
});
