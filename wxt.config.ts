import { defineConfig } from 'wxt';
import { reactDomWithoutRawHtml } from './scripts/vite/react-dom-without-raw-html';

// The manifest is generated here; the content script's matches come from lib/sites/hosts.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [reactDomWithoutRawHtml()],
    // No <link rel="modulepreload"> in the pages: Chromium issues each one (7 for the options page, about
    // 6 ms apiece for an extension URL) inside the task that parses the page, which made that task the
    // longest of the options page (67-105 ms). Imports are found as the modules load instead: the options
    // page shows its tester in 360-380 ms (was 720-760) and no task of its own goes over 50 ms.
    build: { modulePreload: false },
  }),
  hooks: {
    // The content script runs in every frame of every covered site and has a size budget (60 KB).
    // It uses the browser's own promise-based API (Chrome MV3, Firefox) instead of
    // webextension-polyfill, which would add about 10 KB to it; extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        const kept = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
        alias.splice(0, alias.length, ...kept);
      } else if (alias) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    // Extra sites a manager adds, and pack / report-feed URLs, are asked for at the moment they are added.
    // All of them must be https, so no http host permission can ever be requested.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpenCard__',
      },
    },
    storage: { managed_schema: 'managed-schema.json' },
    // The in-page UI (badge, card, nudge), which content scripts import when their frame gets ready
    // (lib/content/load-ui.ts). Any https page, for the sites a manager adds; in Chrome only through
    // the per-session URL, so that no page can probe for the extension (Firefox's URLs are per install).
    // The pattern compiler (lib/content/load-compiler.ts) and the classifier's code and model
    // (lib/content/load-model.ts) likewise, when a frame gets ready.
    web_accessible_resources: [
      {
        resources: ['in-page-ui.js', 'compiler.js', 'classifier.js', 'detect-model.bin'],
        matches: ['https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          // The minimum versions are those of the newest key: data_collection_permissions (the
          // add-ons site's data consent) came in Firefox 140 (the 2025 ESR) and in 142 on Android.
          browser_specific_settings: {
            gecko: {
              id: 'better-brief@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
