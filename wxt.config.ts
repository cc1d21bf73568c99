import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // storage: UI settings and the preset revision panels listen to; alarms: pack refresh schedule.
    permissions: ['storage', 'alarms'],
    // A subscribed pack's origin is asked for at the moment the admin subscribes, one origin only.
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'saring@diskominfo.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
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
