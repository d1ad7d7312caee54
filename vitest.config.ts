import { defineConfig } from 'vitest/config';

// Four suites: unit (pure functions and data, no build), build (reads dist/), browser (Chromium over dist/),
// base (a second build under a base path, checked on disk and in Chromium).
export default defineConfig({
  test: {
    // Two files at a time (one per core), from any project: Chromium pages render while the build
    // files read dist/ in Node. (Vitest needs the same maxWorkers in every project run together,
    // so no project sets fileParallelism: false.)
    maxWorkers: 2,
    projects: [
      // Property tests walk all 2,775 pairs in both languages: allow for a busy 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      // Build tests read every one of the ~5,700 built pages: give them time on a 2-core machine.
      // They keep their worker and its module cache between files (isolate: false), so a page parsed
      // for one file is parsed again only in the other worker.
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          isolate: false,
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
          // Tests marked concurrent (axe, layout) run two pages at a time in the file's browser.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
