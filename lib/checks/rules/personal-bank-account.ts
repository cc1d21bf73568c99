import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs with the deep rules (the work is in deep/personal.ts, installed by deep/install.ts). */
export const personalBankAccount = deepRule({
  id: 'personal-bank-account',
  category: 'personal-data',
  severity: 'warning',
  description: msg(
    'Nomor rekening bank pribadi yang diberi label (no. rek., rekening); rekening resmi instansi tidak ditandai (UU PDP).',
    "Personal bank account numbers labelled as such (no. rek., rekening); an institution's official account is not flagged (UU PDP).",
  ),
});
