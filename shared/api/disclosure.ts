import { z } from 'zod';
import { type ApiRouteContract, err } from './route-contract';

/** `GET /api/disclosure/rules` query: the page's language. */
export const DisclosureRulesQuerySchema = z.object({ lang: z.enum(['nb', 'en']).default('nb') });

/** The public page of disclosure rules, generated from the server's disclosure configuration. */
export const disclosureRoutes: ApiRouteContract[] = [
  {
    method: 'get',
    path: '/api/disclosure/rules',
    summary: 'The disclosure rules and their thresholds, as Markdown (public)',
    tag: 'catalog',
    auth: 'public',
    query: DisclosureRulesQuerySchema,
    responses: {
      200: { description: 'The rules page in the asked language', contentType: 'text/markdown' },
      400: err('Unknown language'),
    },
  },
];
