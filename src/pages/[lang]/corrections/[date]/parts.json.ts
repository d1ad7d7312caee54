// Which part of a long day of the corrections log holds which entry (correctionDayMap), for the part
// pages' forwarding script (src/scripts/entry-forward.ts). Only days of more than one part have one.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../../data';
import { correctionDayMap, correctionDayParts } from '../../../../lib/corrections';

export const getStaticPaths = (() => {
  const dates = [...new Set(correctionDayParts().filter((p) => p.parts > 1).map((p) => p.date))];
  return LANGS.flatMap((lang) => dates.map((date) => ({ params: { lang, date } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(correctionDayMap(params.lang as Lang, params.date!)), { headers: { 'content-type': 'application/json' } });
