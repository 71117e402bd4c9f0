import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's firefox-esr (puppeteer-core over WebDriver BiDi). Run `wxt build -b firefox` first.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
