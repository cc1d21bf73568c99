import { ruleName } from '../../lib/checks/rule-names';
/** Words for platforms, purposes and finding categories, shared by the popup, report and CSV. */
import { CATEGORY_LABELS, PLATFORM_LABELS, SEVERITY_LABELS } from '../panel/labels';
import type { Category, InstitutionType, Platform, Severity } from '../../lib/checks/types';
import { t, uiLang, type MessageKey } from '../../lib/i18n';
import type { CsvLabels } from '../../lib/journal/report-csv';
import type { PurposeKey } from '../../lib/journal/report';


/** Kinds of institution, as the coordinator view and the profile editor name them. */
export const TYPE_LABELS: Record<InstitutionType, MessageKey> = {
  opd: 'jrnCoordTypeOpd',
  kecamatan: 'jrnCoordTypeKecamatan',
  desa: 'jrnCoordTypeDesa',
  kelurahan: 'jrnCoordTypeKelurahan',
  bumd: 'jrnCoordTypeBumd',
  lainnya: 'jrnCoordTypeLainnya',
};

const PURPOSE_MESSAGES: Record<PurposeKey, MessageKey> = {
  informatif: 'jrnPurposeInformatif',
  edukatif: 'jrnPurposeEdukatif',
  promotif: 'jrnPurposePromotif',
  none: 'jrnPurposeNone',
};

// The panel's labels, so a category reads the same in the panel and in the report.
const CATEGORY_MESSAGES = CATEGORY_LABELS;
const SEVERITY_MESSAGES = SEVERITY_LABELS;

export const platformLabel = (platform: Platform): string => t(PLATFORM_LABELS[platform]);
export const purposeLabel = (purpose: PurposeKey): string => t(PURPOSE_MESSAGES[purpose]);
export const categoryLabel = (category: Category): string => t(CATEGORY_MESSAGES[category]);
export const severityLabel = (severity: Severity): string => t(SEVERITY_MESSAGES[severity]);

export { localized } from '../../lib/i18n/core';

export function csvLabels(): CsvLabels {
  return {
    headers: {
      postedAt: t('jrnColPostedAt'),
      zone: t('jrnColZone'),
      platform: t('jrnColPlatform'),
      profile: t('jrnColProfile'),
      template: t('jrnColTemplate'),
      purpose: t('jrnColPurpose'),
      firstLine: t('jrnColFirstLine'),
      caption: t('jrnColCaption'),
      status: t('jrnColStatus'),
      overridden: t('jrnColOverridden'),
      findingsLeft: t('jrnColFindings'),
      note: t('jrnColNote'),
    },
    platform: { instagram: platformLabel('instagram'), facebook: platformLabel('facebook'), tiktok: platformLabel('tiktok') },
    purpose: {
      informatif: purposeLabel('informatif'),
      edukatif: purposeLabel('edukatif'),
      promotif: purposeLabel('promotif'),
      none: purposeLabel('none'),
    },
    posted: t('jrnStatusPosted'),
    notPosted: t('jrnStatusNotPosted'),
    unconfirmed: t('jrnStatusUnconfirmed'),
    yes: t('jrnYes'),
    no: t('jrnNo'),
    noProfile: t('jrnNoProfileName'),
    ruleName: (ruleId) => ruleName(ruleId, uiLang.value),
  };
}
