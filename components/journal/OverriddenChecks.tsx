import { formatNumber, t, uiLang } from '../../lib/i18n';
import { ruleName } from '../../lib/checks/rule-names';
import type { ReportModel } from '../../lib/journal/report';
import { categoryLabel, severityLabel } from './labels';

/** Which checks admins went past with "post anyway": what a trainer follows up on. */
export function OverriddenChecks({ model }: { model: ReportModel }) {
  return (
    <section aria-labelledby="overridden-heading" data-section="overridden">
      <h2 id="overridden-heading">{t('jrnOverriddenHeading')}</h2>
      {model.overridden.length === 0 ? (
        <p>{t('jrnOverriddenNone')}</p>
      ) : (
        <>
          <p>{t('jrnOverriddenIntro', formatNumber(model.overriddenPosts))}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('jrnColRule')}</th>
                <th scope="col">{t('jrnColCategory')}</th>
                <th scope="col">{t('jrnColSeverity')}</th>
                <th scope="col">{t('jrnColTimes')}</th>
              </tr>
            </thead>
            <tbody>
              {model.overridden.map((check) => (
                <tr key={check.ruleId} data-rule-id={check.ruleId}>
                  <th scope="row">{ruleName(check.ruleId, uiLang.value)}</th>
                  <td>{categoryLabel(check.category)}</td>
                  <td>{severityLabel(check.severity)}</td>
                  <td>{formatNumber(check.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
