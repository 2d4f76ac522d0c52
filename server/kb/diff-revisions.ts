import { and, eq, inArray } from 'drizzle-orm';
import type { TKbDiff } from '../../shared/kb-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { kbArticleRevisions, users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { loadArticle } from './article-repository.ts';
import { diffLines } from './line-diff.ts';
import { presentRevision } from './list-revisions.ts';

/** The line diff of the bodies (and of the titles) of two revisions of one article. */
export async function diffRevisions(options: {
  db: DbOrTx;
  actor: Actor;
  id: string;
  from: number;
  to: number;
}): Promise<TKbDiff> {
  const article = await loadArticle(options.db, options.actor, options.id);
  const rows = await options.db
    .select({ revision: kbArticleRevisions, editorName: users.name })
    .from(kbArticleRevisions)
    .leftJoin(users, eq(users.id, kbArticleRevisions.editorId))
    .where(and(eq(kbArticleRevisions.articleId, article.id), inArray(kbArticleRevisions.revision, [options.from, options.to])));
  const find = (revision: number, field: 'from' | 'to') => {
    const row = rows.find((candidate) => candidate.revision.revision === revision);
    if (!row) {
      throw new AppError('invalid', `The article has no revision ${revision}`, {
        errors: [{ field, message: `must be a revision of this article (1 to ${article.revision})` }],
      });
    }
    return { ...row.revision, editorName: row.editorName };
  };
  const from = find(options.from, 'from');
  const to = find(options.to, 'to');
  const lines = diffLines(from.body, to.body);
  return {
    from: presentRevision(from),
    to: presentRevision(to),
    title: from.title === to.title ? [] : diffLines(from.title, to.title),
    lines,
    added: lines.filter((line) => line.kind === 'added').length,
    removed: lines.filter((line) => line.kind === 'removed').length,
  };
}
