/**
 * Trims each page's Content-Security-Policy <meta> to the hashes of that page's own inline scripts and
 * styles, then finishes dist/_headers (Netlify, Cloudflare Pages) from public/_headers at the end of the build:
 * every path goes under the base path, and the /* rule gets the Content-Security-Policy that
 * Astro wrote into the pages (security.csp in astro.config.mjs: the directives plus the hashes of
 * the inline script and styles), so that header and <meta> never disagree.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Cloudflare Pages reads at most 100 rules and 2,000 characters a line. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

/** The policy of a built page's <meta http-equiv="content-security-policy">. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The CSP hash source of an inline script or style body. */
const hashSource = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** The hash sources a page needs: one per inline script the browser runs and per inline style. */
export function inlineHashes(html: string): Set<string> {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs!));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
  return new Set([...scripts.map((m) => hashSource(m[2]!)), ...styles.map((m) => hashSource(m[1]!))]);
}

/**
 * The page with its <meta> policy allowing only the hashes of its own inline scripts and styles.
 * Astro writes the hashes of every inline script and style of the site into every page: twelve
 * hashes no page needs, about 0.6 KiB that gzip cannot shrink, on a page held to one round trip.
 */
export function trimPageHashes(html: string): string {
  const policy = metaPolicy(html);
  if (!policy) return html;
  const own = inlineHashes(html);
  const trimmed = [...parsePolicy(policy)]
    .map(([name, sources]) => [name, ...sources.filter((s) => !s.startsWith("'sha256-") || own.has(s))].join(' '))
    .join(';');
  return html.replace(/(<meta http-equiv="content-security-policy" content=")[^"]*"/, (_m, start: string) => `${start}${trimmed.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
}

/** Directive name → its sources, in the order the policy gives them. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/**
 * One policy that allows every source any page's policy allows. Pages differ only in the hashes of
 * their inline scripts and styles (the trace page has its own); a browser enforces the header and the
 * <meta> together, so each page still gets exactly what its own <meta> allows.
 */
export function unionPolicy(policies: Iterable<string>): string {
  const union = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = union.get(name) ?? [];
      union.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  }
  return [...union].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
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
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const policies = new Set<string>();
        for (const page of pages) {
          const html = await readFile(`${root}/${page}`, 'utf8');
          const trimmed = trimPageHashes(html);
          if (trimmed !== html) await writeFile(`${root}/${page}`, trimmed);
          const policy = metaPolicy(trimmed);
          if (policy) policies.add(policy);
        }
        if (!existsSync(file)) return;
        if (!policies.size) throw new Error('host headers: no built page has a Content-Security-Policy <meta>');
        const policy = unionPolicy(policies);
        await writeFile(file, finishHeaders(await readFile(file, 'utf8'), base, policy));
        logger.info(`_headers: paths under ${base}, one Content-Security-Policy covering the ${policies.size} policies of the pages`);
      },
    },
  };
}
