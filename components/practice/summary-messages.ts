import { t } from '../../lib/i18n';
import type { SummaryProblem } from '../../lib/practice/summary';

/** Why a summary file was refused, in words a trainer can act on. */
export function summaryProblemText(fileName: string, problem: SummaryProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('pracSummaryTooLarge', fileName);
    case 'not-json':
      return t('pracSummaryNotJson', fileName);
    case 'wrong-format':
      return t('pracSummaryWrongFormat', fileName);
    case 'newer-version':
      return t('pracSummaryNewer', fileName, problem.version);
    case 'invalid':
      return t('pracSummaryInvalid', fileName, problem.path || '-');
  }
}
