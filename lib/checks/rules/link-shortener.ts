import { isShortLink } from '../scan/links';
import { msg, type Rule } from '../rule';
import { FACT_CHECK_LINKS, REF } from '../refs';

/** Shortened links hide where they lead; hoaxes and phishing use them to look official. */
export const linkShortener: Rule = {
  id: 'link-shortener',
  category: 'link',
  severity: 'info',
  run({ scan }) {
    return scan
      .urls()
      .filter((u) => isShortLink(u.text))
      .map((u) => ({
        start: u.start,
        end: u.end,
        message: msg('Tautan pendek menyembunyikan alamat tujuannya.', 'A short link hides where it leads.'),
        explanation: msg(
          'Warga diajarkan curiga pada tautan pendek karena hoaks dan penipuan memakainya. Tulis alamat lengkap di domain go.id agar warga yakin itu resmi.',
          'Citizens are taught to distrust short links because hoaxes and scams use them. Write the full go.id address so readers can see it is official.',
        ),
        reference: REF.panrb83,
        links: FACT_CHECK_LINKS,
      }));
  },
};
