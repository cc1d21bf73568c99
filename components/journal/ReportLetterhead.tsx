import type { Profile } from '../../lib/checks/types';
import { t, uiLang } from '../../lib/i18n';
import { monthBounds } from '../../lib/journal/time';

function dayLabel(iso: string, withMonth: boolean): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = withMonth ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLang.value === 'id' ? 'id-ID' : 'en-GB', options).format(date);
}

/** "1–30 November 2026": the report's period as the head of office reads it. */
export function periodLabel(month: string): string {
  const bounds = monthBounds(month);
  if (!bounds) return month;
  return `${dayLabel(bounds.from, false)}–${dayLabel(bounds.to, true)}`;
}

/** The profile the report is about: the one chosen, or the first when several (or all) are shown. */
export function letterheadProfile(profiles: readonly Profile[], chosen: readonly string[]): Profile | undefined {
  return profiles.find((p) => chosen.includes(p.id)) ?? profiles[0];
}

/** The institution's name and logo, the report's title and period: the top of the page that is printed. */
export function ReportLetterhead({ profile, month, others }: { profile: Profile | undefined; month: string; others: number }) {
  return (
    <div class="letterhead" data-section="letterhead">
      {profile?.logo ? <img class="letterhead__logo" src={profile.logo} alt={t('jrnLogoAlt', profile.officialName)} data-letterhead="logo" /> : null}
      <div class="letterhead__text">
        {profile ? (
          <p class="letterhead__institution" data-letterhead="institution">
            {profile.officialName}
          </p>
        ) : null}
        {others > 0 ? <p class="letterhead__others muted">{t('jrnLetterheadOthers', others)}</p> : null}
        <h1 class="letterhead__title">{t('jrnReportTitle')}</h1>
        <p class="letterhead__period" data-letterhead="period">
          {t('jrnPeriod', periodLabel(month))}
        </p>
      </div>
    </div>
  );
}

/** Where the head of office (or whoever the profile names) signs: nama, NIP, jabatan from the profile. */
export function SignatureBlock({ profile, today }: { profile: Profile | undefined; today: string }) {
  const signatory = profile?.signatory;
  return (
    <section class="signature" data-section="signature" aria-labelledby="signature-heading">
      <h2 id="signature-heading" class="visually-hidden">
        {t('jrnSignatureHeading')}
      </h2>
      {!signatory ? <p class="muted no-print" data-signature="missing">{t('jrnSignatureMissing')}</p> : null}
      <div class="signature__block">
        <p data-signature="date">{dayLabel(today, true)}</p>
        <p data-signature="position">{signatory?.position || t('jrnSignaturePosition')}</p>
        <div class="signature__space" aria-hidden="true" />
        <p class="signature__name" data-signature="name">
          {signatory?.name || '(................................................)'}
        </p>
        <p data-signature="nip">{signatory?.nip ? t('jrnSignatureNip', formatNip(signatory.nip)) : t('jrnSignatureNip', '..................................')}</p>
      </div>
    </section>
  );
}

/** NIP as printed on Indonesian documents: 19680512 199403 1 005 (birth date, appointment, sex, number). */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}
