/**
 * Compiles the search UI (src/scripts/search-ui.ts) into one small module with a content hash,
 * outside Vite's chunk graph. The page's boot script can then stay inline (no request) and
 * import the UI only when the reader opens search. The URL reaches the boot script as
 * `__SEARCH_UI_URL__`.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

async function compile(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export function searchUi(): AstroIntegration {
  let code = '';
  let file = '';
  let url = '';
  let entry = '';
  return {
    name: 'search-ui',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        entry = fileURLToPath(new URL('src/scripts/search-ui.ts', config.root));
        code = await compile(entry);
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
        file = `${config.build.assets}/search-ui.${hash}.js`;
        // Under the base path, like every URL of the site: /sip-response-codes/_astro/search-ui.….js.
        url = `${config.base.replace(/\/?$/, '/')}${file}`;
        updateConfig({ vite: { define: { __SEARCH_UI_URL__: JSON.stringify(url) } } });
      },
      'astro:server:setup': ({ server }) => {
        // In development, serve a fresh compile on every request.
        server.middlewares.use(async (req, res, next) => {
          if (req.url?.split('?')[0] !== url) return next();
          res.setHeader('content-type', 'text/javascript');
          res.end(await compile(entry));
        });
      },
      'astro:build:done': async ({ dir }) => {
        // dir is the output directory: it holds the site without the base path.
        const out = new URL(file, dir);
        await mkdir(new URL('.', out), { recursive: true });
        await writeFile(out, code);
      },
    },
  };
}
