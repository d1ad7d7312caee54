// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { searchUi } from './src/integrations/search-ui.ts';
import { SITE_URL } from './src/site.ts';


export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // HTML and CSS in one round trip: stylesheets are inlined into every page.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: ['en', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      // Reversed comparison URLs only redirect; the language picker at / is not a content page.
      filter: (page) => new URL(page).pathname !== '/',
    }),
    searchUi(),
    pagefindIndex(),
  ],
});
