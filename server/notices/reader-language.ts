import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const ZLanguageQuery = z.object({ lang: z.string().max(20).optional() });

/** The reader's language: `?lang=`, else the first of Accept-Language. */
export function readerLanguage(request: FastifyRequest): string | null {
  const query = request.query as { lang?: string } | undefined;
  if (query?.lang) return query.lang;
  const header = request.headers['accept-language'];
  return header ? header.split(',')[0].trim() : null;
}
