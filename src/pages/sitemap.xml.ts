import type { APIRoute } from 'astro';
import { CODES, LANGS } from '../data';
import { CLASSES } from '../data/classes';
import { UNREGISTERED } from '../data/unregistered';
import { sitemapXml } from '../lib/sitemap';
import { classUrl, codeUrl, codesIndexUrl, compareUrl, homeUrl, unregisteredUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const paths = [
    homeUrl('en'),
    codesIndexUrl('en'),
    ...CLASSES.map((c) => classUrl('en', c.klass)),
    ...CODES.map((e) => codeUrl('en', e.code)),
    ...UNREGISTERED.map((u) => unregisteredUrl('en', u.code)),
    ...CODES.flatMap((a, i) => CODES.slice(i + 1).map((b) => compareUrl('en', a.code, b.code))),
  ];
  return new Response(sitemapXml(site!, paths, LANGS), { headers: { 'content-type': 'application/xml' } });
};
