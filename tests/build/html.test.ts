import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, requireBuild } from '../support/dist';

beforeAll(requireBuild);

/** Validates `paths` in worker threads, one per core: html-validate is CPU-bound and single-threaded. */
async function validateInParallel(paths: string[], limit = 20): Promise<string[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = Array.from({ length: threads }, (_, i) => paths.filter((_, j) => j % threads === i).map((p) => [p, dist.fileFor(p)]));
  const results = await Promise.all(
    shares.map(
      (files) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = new Worker(new URL('../support/html-validate-worker.ts', import.meta.url), { workerData: { files, limit } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}

describe('HTML', () => {
  it('every built page validates (html-validate recommended + document rules)', async () => {
    const pages = dist.allPages();
    expect(pages.length).toBeGreaterThan(1000);
    expect(await validateInParallel(pages)).toEqual([]);
  }, 600_000);

  it('every redirect page validates and is the same small document, pointing at its target', async () => {
    const redirects = dist.redirects();
    expect(redirects.length).toBeGreaterThan(1000);
    // One of them through html-validate; the rest must match it but for the two URLs. Astro writes
    // this page with a lowercase <!doctype html>: the doctype is case-insensitive in HTML, and the
    // page is Astro's own, so the style rule for it is left out here.
    const first = dist.fileFor(redirects[0]!);
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(dist.read(redirects[0]!), first, { rules: { 'doctype-style': 'off' } });
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    const shape = (path: string) => {
      const html = dist.read(path);
      const target = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(html)?.[1] ?? '';
      return html.split(target).join('TARGET').split(path).join('SELF').replace(/href="https?:\/\/[^"]+TARGET"/, 'href="CANONICAL"');
    };
    const expected = shape(redirects[0]!);
    expect(expected).toContain('TARGET');
    expect(redirects.filter((p) => shape(p) !== expected).slice(0, 10)).toEqual([]);
  });
});
