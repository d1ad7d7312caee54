import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CODES, LANGS } from '../data';
import { CLASSES } from '../data/classes';
import { UNREGISTERED } from '../data/unregistered';
import { sitemapXml } from '../lib/sitemap';
import { isIndexablePair } from '../lib/compare';
import { curatedSlugs } from '../lib/curated';
import { STACKS } from '../data/stacks';
import { mappedCauses } from '../lib/stacks';
import { correctedCodePages, correctionDayParts } from '../lib/corrections';
import { causeUrl, classUrl, codeUrl, codesIndexUrl, compareUrl, correctionsCodeUrl, correctionsDayUrl, correctionsUrl, homeUrl, localePath, stackUrl, stacksIndexUrl, traceUrl, unregisteredUrl } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const guided = await curatedSlugs();
  const paths = [
    homeUrl('en'),
    codesIndexUrl('en'),
    ...CLASSES.map((c) => classUrl('en', c.klass)),
    ...CODES.map((e) => codeUrl('en', e.code)),
    ...UNREGISTERED.map((u) => unregisteredUrl('en', u.code)),
    localePath('en', 'q850'),
    correctionsUrl('en'),
    ...correctionDayParts().map(({ date, part }) => correctionsDayUrl('en', date, part)),
    ...correctedCodePages().map(({ code }) => correctionsCodeUrl('en', code)),
    ...mappedCauses().map((cause) => causeUrl('en', cause)),
    stacksIndexUrl('en'),
    ...STACKS.map((stack) => stackUrl('en', stack.id)),
    traceUrl('en'),
    ...(await getCollection('guides')).filter((g) => g.id.startsWith('en/')).map((g) => localePath('en', `guides/${g.id.split('/')[1]}`)),
    // Only the pairs readers plausibly confuse (README: "Which comparison pages search engines index").
    ...CODES.flatMap((a, i) => CODES.slice(i + 1).filter((b) => isIndexablePair(a, b, guided)).map((b) => compareUrl('en', a.code, b.code))),
  ];
  return new Response(sitemapXml(site!, paths, LANGS), { headers: { 'content-type': 'application/xml' } });
};
