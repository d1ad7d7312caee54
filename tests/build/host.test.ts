/** The host recipes: dist/_headers (Netlify, Cloudflare Pages), the nginx snippet, the Pages workflow, the README. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineHashes, metaPolicy, parsePolicy } from '../../src/integrations/host-headers';
import { DIST, ROOT, allPages, dist, requireBuild } from '../support/dist';

beforeAll(requireBuild);

interface Rule {
  pattern: string;
  headers: [string, string][];
}

/** _headers as Netlify and Cloudflare Pages read it: a path line, then indented "Name: value" lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
      if (!match || !rules.length) throw new Error(`_headers: not a header line: ${line}`);
      rules.at(-1)!.headers.push([match[1]!.toLowerCase(), match[2]!]);
    }
  }
  return rules;
}

/** A path pattern with one trailing splat, as both hosts match it. */
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** Every file of the build as the URL a browser asks for (pages as their directory URL). */
function servedPaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== '_headers') {
        const path = `/${relative(DIST, full).split(sep).join('/')}`;
        out.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(DIST);
  return out;
}

describe('dist/_headers', () => {
  const rules = () => parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  const headersFor = (path: string) => rules().filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);

  it('sends a Content-Security-Policy that blocks nothing a page’s <meta> allows and allows nothing no page asks for', () => {
    const header = headersFor('/en/codes/486/').find(([name]) => name === 'content-security-policy')?.[1];
    expect(header).toContain("default-src 'self'");
    const allowed = parsePolicy(header!);
    const needed = new Map<string, Set<string>>();
    const short: string[] = [];
    for (const page of allPages()) {
      for (const [name, sources] of parsePolicy(metaPolicy(dist.read(page)) ?? '')) {
        if (!needed.has(name)) needed.set(name, new Set());
        for (const source of sources) needed.get(name)!.add(source);
        const missing = sources.filter((s) => !allowed.get(name)?.includes(s));
        if (missing.length) short.push(`${page}: ${name} ${missing.join(' ')}`);
      }
    }
    // The header may not block what a page's own policy allows (the browser enforces both) ...
    expect(short.slice(0, 10)).toEqual([]);
    // ... and allows nothing that no page's policy asks for.
    const extra = [...allowed].flatMap(([name, sources]) => sources.filter((s) => !needed.get(name)?.has(s)).map((s) => `${name} ${s}`));
    expect(extra).toEqual([]);
  });

  it('lets each page run exactly its own inline scripts and styles, by hash', () => {
    const wrong: string[] = [];
    for (const page of allPages()) {
      const html = dist.read(page);
      const policy = parsePolicy(metaPolicy(html) ?? '');
      const allowed = new Set([...(policy.get('script-src') ?? []), ...(policy.get('style-src') ?? [])].filter((s) => s.startsWith("'sha256-")));
      const own = inlineHashes(html);
      if (!own.size) continue;
      const missing = [...own].filter((h) => !allowed.has(h));
      const extra = [...allowed].filter((h) => !own.has(h));
      if (missing.length || extra.length) wrong.push(`${page}: ${missing.length} inline element(s) not allowed, ${extra.length} hash(es) of no element on the page`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('gives every file each header at most once (Cloudflare would join two values with a comma)', () => {
    const twice: string[] = [];
    for (const path of servedPaths()) {
      const names = headersFor(path).map(([name]) => name);
      const repeated = names.filter((n, i) => names.indexOf(n) !== i);
      if (repeated.length) twice.push(`${path}: ${repeated.join(', ')}`);
    }
    expect(twice.slice(0, 10)).toEqual([]);
  });

  it('caches hashed assets and index files for a year, revalidates pages, and sends the security headers', () => {
    const cache = (path: string) => headersFor(path).find(([name]) => name === 'cache-control')?.[1];
    const paths = servedPaths();
    const hashed = paths.filter((p) => /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(p));
    expect(hashed.length).toBeGreaterThan(100);
    // What is kept for a year must carry a content hash in its name: search-ui.Jr27ojnpMp.js, trace-worker-DNbnFGpb.js,
    // en_066356e.pf_fragment.
    expect(hashed.filter((p) => !/[._-][A-Za-z0-9_-]{7,}\.[a-z_]+$/.test(p))).toEqual([]);
    expect(hashed.filter((p) => cache(p) !== 'public, max-age=31536000, immutable')).toEqual([]);
    // Files without a hash in their name must never be cached as immutable.
    expect(paths.filter((p) => !hashed.includes(p) && cache(p)?.includes('immutable'))).toEqual([]);
    expect(allPages().filter((p) => cache(p) !== 'public, max-age=0, must-revalidate')).toEqual([]);
    for (const path of ['/en/', '/_astro/x.js', '/data/sip-response-codes.json']) {
      expect(headersFor(path)).toEqual(expect.arrayContaining([['x-content-type-options', 'nosniff'], ['referrer-policy', 'strict-origin-when-cross-origin']]));
    }
  });

  it('stays within what Cloudflare Pages reads (100 rules, 2,000 characters a line)', () => {
    const text = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(rules().length).toBeLessThanOrEqual(100);
    expect(text.split('\n').filter((l) => l.length > 2000)).toEqual([]);
  });
});

describe('deploy recipes', () => {
  it('every file the README names in its Deploy section exists', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /^## Deploy\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
    expect(section, 'README has a "## Deploy" section').toBeTruthy();
    const files = [...section!.matchAll(/`((?:\.github|deploy|public|src|scripts)\/[^`\s]+)`/g)].map((m) => m[1]!);
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/pages.yml', 'public/_headers', 'deploy/nginx.conf']));
    expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('the Pages workflow builds under the project path and deploys with the Pages actions', () => {
    const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8');
    expect(workflow).toMatch(/uses: actions\/configure-pages@v\d+/);
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist/);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
    expect(workflow).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}/');
    expect(workflow).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
  });

  it('nginx caches the same paths as _headers for a year, and revalidates the rest', () => {
    const nginx = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
    const immutable = [...nginx.matchAll(/^\s+~(\S+)\s+"public, max-age=31536000, immutable";/gm)].map((m) => new RegExp(m[1]!));
    const paths = servedPaths();
    const longCachedByHeaders = paths.filter((p) => /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(p));
    expect(paths.filter((p) => immutable.some((re) => re.test(p)))).toEqual(longCachedByHeaders);
    expect(nginx).toMatch(/default\s+"public, max-age=0, must-revalidate";/);
    expect(nginx).toContain('error_page 404 /404.html;');
  });
});
