import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls';

// Crawlers read robots.txt only at the root of a host: under a base path this file is informative.

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!, sitePath('sitemap.xml'))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
