import { defineConfig } from 'vitest/config';

// Four suites: unit (pure functions and data, no build), build (reads dist/), browser (Chromium over dist/),
// base (a second build under a base path, checked on disk and in Chromium).
export default defineConfig({
  test: {
    // Two files at a time (one per core): the browser files keep Chromium busy while the build
    // files read dist/ in Node.
    maxWorkers: 2,
    projects: [
      // Property tests walk all 2,775 pairs in both languages: allow for a busy 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      // Build tests read every one of the ~5,700 built pages: give them time on a 2-core machine.
      // They share one worker and its module cache (isolate: false), so each page is parsed once for all files.
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          isolate: false,
          fileParallelism: false,
        },
      },
      // Builds the site again under a base path (into dist-base/) and checks it on disk and in Chromium.
      { test: { name: 'base', include: ['tests/base/**/*.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 600_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Tests marked concurrent (axe, layout) run three pages at a time in the one browser.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
