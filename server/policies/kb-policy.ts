import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { KbStatus, TKbAbilities } from '../../shared/kb-schemas.ts';
import { kbArticles } from '../db/schema/index.ts';
import type { Actor } from './actor.ts';
import { can } from './global-policy.ts';
import { type RequestScopeFacts, requestAbilities } from './request-policy.ts';

/**
 * Who may do what with knowledge-base articles. Everyone signed in reads published articles;
 * writers (`draftArticles`) also read their own drafts; publishers read and edit every article.
 */
export type ArticleFacts = { status: string; authorId: string | null };

const isPublisher = (actor: Actor) => can(actor, 'publishArticles');
const isOwnDraft = (actor: Actor, article: ArticleFacts) =>
  article.status === 'draft' && article.authorId === actor.id && can(actor, 'draftArticles');

/** Whether the actor may know the article exists; anything else answers 404. */
export function canReadArticle(actor: Actor, article: ArticleFacts): boolean {
  return article.status === 'published' || isPublisher(actor) || isOwnDraft(actor, article);
}

/** The same rule as `canReadArticle`, as a SQL condition for lists; `undefined` means every article. */
export function articleVisibilityCondition(actor: Actor): SQL | undefined {
  if (isPublisher(actor)) return undefined;
  const published = eq(kbArticles.status, 'published');
  if (!can(actor, 'draftArticles')) return published;
  return or(published, sql`(${kbArticles.status} = 'draft' and ${kbArticles.authorId} = ${actor.id})`);
}

/** Everything the actor may do with one article; the client shows exactly these actions. */
export function articleAbilities(actor: Actor, article: ArticleFacts): TKbAbilities {
  const read = canReadArticle(actor, article);
  const publisher = read && isPublisher(actor);
  // A site admin edits their drafts; once published, the article is the publishers' to change.
  const edit = publisher || isOwnDraft(actor, article);
  const status = article.status as KbStatus;
  return {
    edit,
    publish: publisher && status !== 'published',
    unpublish: publisher && status !== 'draft',
    archive: publisher && status !== 'archived',
    vote: read && status === 'published',
    uploadAttachment: edit,
  };
}

/** May write a new draft from this request ("Turn into article"): staff who see it, once it is solved. */
export function canTurnRequestIntoArticle(actor: Actor, request: RequestScopeFacts): boolean {
  const isSolved = request.status === 'resolved' || request.status === 'closed';
  return isSolved && can(actor, 'draftArticles') && requestAbilities(actor, request).view;
}

/** May record that an article helped with this request: the people who work it. */
export function canLinkArticleToRequest(actor: Actor, request: RequestScopeFacts): boolean {
  return requestAbilities(actor, request).edit;
}
