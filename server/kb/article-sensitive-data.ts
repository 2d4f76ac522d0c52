import type { TKbFinding } from '../../shared/kb-schemas.ts';
import { findFieldSensitiveData } from '../../shared/sensitive-data.ts';

export type ArticleText = { title: string; body: string };

/** Likely case data in an article's title and body, each finding placed in its own field. */
export function findArticleSensitiveData(text: ArticleText, staffDomains: string[]): TKbFinding[] {
  return findFieldSensitiveData(text, { staffEmailDomains: staffDomains });
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
