import { defineConfig } from 'vitest/config';

// Real Firefox (firefox-esr) with the Firefox build; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
  },
});
