import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { otioseDataPlugin } from './scripts/vite-plugin-otiose-data';
import { BOARD_MATCHES } from './lib/sites/matches';
import { PAGE_DATA_FILES, pageDataFiles } from './scripts/page-data';

// WXT wiring. Everything the extension ships is decided here and in entrypoints/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports hide where names come from and warn on duplicates.
  imports: false,
  vite: () => ({
    plugins: [preact(), otioseDataPlugin()],
    // OTIOSE_NO_MINIFY=1 keeps function names readable in a CPU profile of the content script.
    ...(process.env.OTIOSE_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // The match index and the lexicon ship as data files the content script fetches (see
    // scripts/page-data.ts); validation failures stop the build here, naming file and field.
    'build:publicAssets': (_wxt, files) => {
      files.push(...pageDataFiles());
    },
  },
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
    // Only the content script reads these; a dynamic URL keeps pages from probing for them.
    web_accessible_resources:
      browser === 'firefox'
        ? PAGE_DATA_FILES
        : [{ resources: PAGE_DATA_FILES, matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'otiose@otiose.invalid',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
