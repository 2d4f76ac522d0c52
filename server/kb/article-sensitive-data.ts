import { and, eq, ne, sql } from 'drizzle-orm';
import type { TKbFinding } from '../../shared/kb-schemas.ts';
import { findSensitiveData } from '../../shared/sensitive-data.ts';
import type { DbOrTx } from '../db/client.ts';
import { users } from '../db/schema/index.ts';

export type ArticleText = { title: string; body: string };

/** Domains of staff accounts: their addresses in an article are contacts, not case data. */
export async function staffEmailDomains(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ domain: sql<string>`lower(split_part(${users.email}, '@', 2))` })
    .from(users)
    .where(and(ne(users.role, 'reporter'), eq(users.isActive, true)));
  return rows.map((row) => row.domain).filter(Boolean);
}

/** Likely case data in an article's title and body, each finding placed in its own field. */
export function findArticleSensitiveData(text: ArticleText, staffDomains: string[]): TKbFinding[] {
  return (['title', 'body'] as const).flatMap((field) =>
    findSensitiveData(text[field], { staffEmailDomains: staffDomains }).map((finding) => ({ field, ...finding })),
  );
}

/** How many of each kind of finding in the source text the article no longer carries (kinds only, never the text). */
export function removedKinds(sourceFindings: TKbFinding[], article: ArticleText): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of sourceFindings) {
    if (article.title.includes(finding.text) || article.body.includes(finding.text)) continue;
    counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  }
  return counts;
}
