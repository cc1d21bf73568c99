import { ruleTable, testProfile } from '../testing';
import { personalEmail } from './personal-email';

const profile = testProfile({ contacts: [{ kind: 'email', value: 'DesaSukamaju@gmail.com' }] });

ruleTable(personalEmail, {
  valid: [
    'Kirim ke humas@slemankab.go.id atau pemdes@sukamaju.desa.id.',
    'Info: ppid@tni.mil.id',
    { text: 'Surat ke desasukamaju@gmail.com', ctx: { profile }, name: 'declared official address' },
    { text: 'Ikuti @diskominfo', name: 'a mention is not an address' },
    { text: 'a@b', name: 'no domain' },
  ],
  invalid: [
    { text: 'Kontak: budi.santoso@gmail.com.', findings: [{ match: 'budi.santoso@gmail.com', severity: 'warning' }] },
    { text: 'Email: x@go.id.fake.com', findings: [{ match: 'x@go.id.fake.com', severity: 'warning' }] },
  ],
});
