import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../data';
import { tracePageData } from '../../../lib/trace/page-data';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(tracePageData(params['lang'] as Lang)), { headers: { 'content-type': 'application/json' } });
