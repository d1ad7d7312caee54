import { defineConfig } from 'vitest/config';

// Three suites: unit (pure functions and data, no build), build (reads dist/), browser (Chromium over dist/).
export default defineConfig({
  test: {
    projects: [
      // Property tests walk all 2,775 pairs in both languages: allow for a busy 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      // Build tests read every one of the ~5,700 built pages: give them time on a 2-core machine.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
