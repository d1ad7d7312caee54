/** One static server over a build (dist/ unless told) and one Chromium per browser test file, started and stopped with it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';
import { dist, type BuiltSite } from './dist';
import { serveDist, type StaticServer } from './server';

export function useSite(built: BuiltSite = dist): { readonly url: string; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    built.requireBuild();
    server = await serveDist(built);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
