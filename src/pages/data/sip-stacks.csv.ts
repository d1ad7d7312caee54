import type { APIRoute } from 'astro';
import { CODES } from '../../data';
import { REGISTRY_UPDATED, REGISTRY_URL } from '../../data/registry';
import { buildDataset, stackCsv } from '../../lib/dataset';

export const GET: APIRoute = ({ site }) =>
  new Response(stackCsv(buildDataset(CODES, { site: site!, registryUrl: REGISTRY_URL, registryUpdated: REGISTRY_UPDATED })), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
