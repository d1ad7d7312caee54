/**
 * Long-form prose: hand-written guidance for the pairs of codes engineers confuse,
 * one MDX file per pair and language: content/compare/{en,ja}/LOW-vs-HIGH.mdx.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const comparisons = defineCollection({
  loader: glob({ pattern: '{en,ja}/*.mdx', base: './content/compare' }),
  schema: z
    .object({
      /** The two codes, lower first; must match the file name. */
      codes: z.tuple([z.number().int(), z.number().int()]),
      /** One or two sentences: the difference that matters. Shown at the top and in search results. */
      summary: z.string().min(1),
    })
    .strict(),
});

/** "Which code should I send?" guides: content/guides/{en,ja}/SLUG.mdx, the same slugs in both languages. */
const guides = defineCollection({
  loader: glob({ pattern: '{en,ja}/*.mdx', base: './content/guides' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }).strict(),
});

export const collections = { comparisons, guides };
