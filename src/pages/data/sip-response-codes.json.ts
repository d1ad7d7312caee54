import type { APIRoute } from 'astro';
import { CODES } from '../../data';
import { REGISTRY_UPDATED, REGISTRY_URL } from '../../data/registry';
import { buildDataset } from '../../lib/dataset';
import { CORRECTIONS } from '../../lib/corrections';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(buildDataset(CODES, { site: site!, registryUrl: REGISTRY_URL, registryUpdated: REGISTRY_UPDATED, corrections: CORRECTIONS }), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
