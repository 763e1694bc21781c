import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/unit/setup.ts'],
    // CI is a 2-core machine: the data and property tests take seconds there, and a slow machine must
    // not turn them red. Speed is judged by `npm run bench`, never by a test's clock.
    testTimeout: 30_000,
  },
});
