import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { otioseDataPlugin } from './scripts/vite-plugin-otiose-data';
import { BOARD_MATCHES } from './lib/sites/matches';

// WXT wiring. Everything the extension ships is decided here and in entrypoints/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports hide where names come from and warn on duplicates.
  imports: false,
  vite: () => ({
    plugins: [preact(), otioseDataPlugin()],
  }),
  manifest: ({ browser }) => ({
    name: 'Otiose',
    description:
      'Satire for job seekers: what the job title on the page really means, and its flight risk. Works offline; nothing leaves your browser.',
    // storage: settings. scripting: the content script on sites the user enables. activeTab: the
    // popup may read the current tab's address to offer that, without access to every tab.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Only the boards. Nothing else is asked for up front; any other site is asked for when the
    // user enables it from the popup (optional host permissions).
    host_permissions: BOARD_MATCHES,
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Otiose' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'otiose@otiose.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
