import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../lib/dataset';

export const GET: APIRoute = () => new Response(JSON.stringify(datasetJsonSchema(), null, 2), { headers: { 'content-type': 'application/schema+json' } });
