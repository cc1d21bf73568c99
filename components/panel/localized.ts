// The one picker of bilingual data text lives with the catalogs (lib/i18n); panel code imports it from here.
export { localized } from '../../lib/i18n/core';
