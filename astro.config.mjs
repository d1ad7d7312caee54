// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { searchUi } from './src/integrations/search-ui.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { BASE_PATH, OUT_DIR, SITE_URL } from './src/site.ts';

export default defineConfig({
  site: SITE_URL,
  // Hosting under a path (a GitHub Pages project site, an intranet /tools/sip/): BASE_PATH=/sip-response-codes/.
  // Every internal URL comes from src/lib/urls.ts, which reads it back from import.meta.env.BASE_URL.
  base: BASE_PATH,
  ...(OUT_DIR ? { outDir: OUT_DIR } : {}),
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
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry it renders with the directive "use astro:head-inject" (its
        // head-propagation marker, src/content/vite-plugin-content-assets in Astro); Rolldown warns
        // once per MDX file that it may not keep the directive, and Astro does not need it kept
        // (withastro/astro#18087). Drop only that warning; every other one still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // The sitemap (src/pages/sitemap.xml.ts) is our own: it lists hreflang alternates with x-default.
  integrations: [mdx(), searchUi(), pagefindIndex(), hostHeaders()],
});
