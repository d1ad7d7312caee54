// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  // No code blocks need highlighting, and Shiki's inline styles would need CSP exceptions.
  markdown: { syntaxHighlight: false },
  security: {
    // Hashes for Astro's inline script and style are added per page. Pagefind needs WebAssembly
    // and loads its index with fetch; nothing is ever loaded from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  i18n: {
    locales: ['en', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The sitemap (src/pages/sitemap.xml.ts) is our own: it lists hreflang alternates with x-default.
  integrations: [mdx(), searchUi(), pagefindIndex()],
});
