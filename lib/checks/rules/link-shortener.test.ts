import { ruleTable } from '../testing';
import { linkShortener } from './link-shortener';

ruleTable(linkShortener, {
  valid: ['Daftar di https://sleman.go.id/daftar', 'Situs sid.kemendesa.go.id dan berkas s.idn', 'bitly tanpa titik'],
  invalid: [
    { text: 'Daftar: https://bit.ly/abc123', findings: [{ match: 'https://bit.ly/abc123', severity: 'info' }] },
    { text: 'Formulir s.id/formulir-bansos.', ctx: { platform: 'facebook' }, findings: [{ match: 's.id/formulir-bansos', severity: 'info' }] },
  ],
});
