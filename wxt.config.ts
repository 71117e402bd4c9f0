import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Who is who and who says so: context cards for the people and sources named in news articles. Works offline.',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    commands: {
      'next-name': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Show the card of the next highlighted name' },
      'previous-name': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Show the card of the previous highlighted name' },
    },
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Backstory' },
    // CSS Custom Highlights, caretPositionFromPoint and storage.session
    minimum_chrome_version: '128',
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // 140: the CSS Custom Highlight API and data_collection_permissions (Firefox for Android: 142)
        gecko: { id: 'backstory@backstory-extension.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
