import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { preactTextOnly } from './build/preact-text-only';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // preactTextOnly: no innerHTML in the package (web-ext lint), see build/preact-text-only.ts.
  vite: () => ({ plugins: [preact(), preactTextOnly()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // storage: UI settings and the preset revision panels listen to; alarms: pack refresh schedule.
    permissions: ['storage', 'alarms'],
    // A subscribed pack's origin is asked for at the moment the admin subscribes, one origin only.
    optional_host_permissions: ['https://*/*'],
    // Asked for when the admin turns on reminders for silent accounts (notifications) or the
    // monthly report file saved into Downloads (downloads).
    optional_permissions: ['notifications', 'downloads'],
    // Drawn by scripts/icons.ts (`npm run gen:icons`); the toolbar gets the monochrome variant.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/toolbar-16.png', 32: 'icon/toolbar-32.png' } },
    ...(browser === 'firefox'
      ? {
          // Firefox's MV2 build has no optional_host_permissions: origins go in optional_permissions.
          optional_permissions: ['https://*/*', 'notifications', 'downloads'],
          // Firefox swaps the toolbar icon for the theme: dark ink on light toolbars, light on dark.
          browser_action: {
            default_icon: { 16: 'icon/toolbar-16.png', 32: 'icon/toolbar-32.png' },
            theme_icons: [
              { light: 'icon/toolbar-light-16.png', dark: 'icon/toolbar-16.png', size: 16 },
              { light: 'icon/toolbar-light-32.png', dark: 'icon/toolbar-32.png', size: 32 },
            ],
          },
          browser_specific_settings: {
            gecko: {
              id: 'saring@diskominfo.example',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: 'saring-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'saring-{{version}}-sources.zip',
    excludeSources: ['.tmp/**', 'coverage/**', 'tests/.fixtures-build/**'],
  },
});
