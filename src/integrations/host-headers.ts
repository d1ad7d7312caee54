/**
 * Finishes dist/_headers (Netlify, Cloudflare Pages) from public/_headers at the end of the build:
 * every path goes under the base path, and the /* rule gets the Content-Security-Policy that
 * Astro wrote into the pages (security.csp in astro.config.mjs: the directives plus the hashes of
 * the inline script and styles), so that header and <meta> never disagree.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Cloudflare Pages reads at most 100 rules and 2,000 characters a line. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

/** The policy of a built page's <meta http-equiv="content-security-policy">. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The _headers text with every path under `base` and the policy added to the catch-all rule. */
export function finishHeaders(template: string, base: string, policy: string): string {
  const prefix = base.replace(/\/+$/, '');
  const out: string[] = [];
  let rules = 0;
  for (const line of template.split('\n')) {
    if (!line.startsWith('/')) {
      out.push(line);
      continue;
    }
    rules++;
    out.push(`${prefix}${line}`);
    if (line.trim() === '/*') out.push(`  Content-Security-Policy: ${policy}`);
  }
  if (!out.some((l) => l.startsWith('  Content-Security-Policy: '))) throw new Error('public/_headers: no /* rule to carry the Content-Security-Policy');
  if (rules > MAX_RULES) throw new Error(`public/_headers: ${rules} rules, Cloudflare Pages reads ${MAX_RULES}`);
  const long = out.find((l) => l.length > MAX_LINE);
  if (long) throw new Error(`_headers: a line of ${long.length} characters (Cloudflare Pages reads ${MAX_LINE}): ${long.slice(0, 60)}…`);
  return out.join('\n');
}

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (!existsSync(file)) return;
        const page = await readFile(fileURLToPath(new URL('en/index.html', dir)), 'utf8');
        const policy = metaPolicy(page);
        if (!policy) throw new Error('host headers: en/index.html has no Content-Security-Policy <meta>');
        await writeFile(file, finishHeaders(await readFile(file, 'utf8'), base, policy));
        logger.info(`_headers: paths under ${base}, Content-Security-Policy of the pages`);
      },
    },
  };
}
