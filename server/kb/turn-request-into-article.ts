import { eq } from 'drizzle-orm';
import { type TKbArticle, type TTurnIntoArticleRequest, ZTurnIntoArticleRequest } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, kbArticleRequests } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { can } from '../policies/global-policy.ts';
import { canTurnRequestIntoArticle } from '../policies/kb-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents, type NewTimelineEvent } from '../requests/timeline.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { findArticleSensitiveData, removedKinds } from './article-sensitive-data.ts';
import { draftFromRequest } from './draft-from-request.ts';
import { getArticle } from './get-article.ts';
import { insertArticle } from './insert-article.ts';

const KIND_LABELS = {
  case_id: 'a case ID',
  phone: 'a phone number',
  email: 'an e-mail address',
  date_of_birth: 'a date of birth',
} as const;

/**
 * "Turn into article": a draft pre-filled from a resolved or closed request, linked to it. The text
 * leaves the request, so the sensitive-data guard runs first: with likely case data and no
 * `confirmRedaction` it answers 422 with each finding and the draft text they index into. What the
 * person took out is recorded on the request's timeline as kinds and counts, never as text.
 */
export async function turnRequestIntoArticle(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TTurnIntoArticleRequest;
  now?: Date;
}): Promise<TKbArticle> {
  const { db, actor } = options;
  const input = ZTurnIntoArticleRequest.parse(options.input);
  const now = options.now ?? new Date();
  if (!can(actor, 'draftArticles')) throw forbidden('You may not write articles');
  const articleId = await db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    if (!canTurnRequestIntoArticle(actor, request)) {
      throw new AppError('conflict', 'Only a resolved or closed request can become an article', {
        errors: [{ field: 'status', message: `is ${request.status}; resolve the request first` }],
      });
    }
    const draft = draftFromRequest(request);
    const text = { title: input.title ?? draft.title, body: input.body ?? draft.body };
    const domains = await staffEmailDomains(tx);
    const findings = findArticleSensitiveData(text, domains);
    if (findings.length > 0 && !input.confirmRedaction) {
      throw new AppError('invalid', 'The text looks like it carries case data: redact it, or confirm it is safe to publish', {
        errors: findings.map((finding) => ({ field: finding.field, message: `looks like ${KIND_LABELS[finding.kind]}` })),
        extensions: { findings, draft: text },
      });
    }

    const article = await insertArticle(
      tx,
      {
        ...text,
        module: input.module === undefined ? draft.module : input.module,
        language: input.language ?? draft.language,
        tags: input.tags ?? draft.tags,
        isPublished: false,
        authorId: actor.id,
        note: `From ${request.reference}`,
      },
      now,
    );
    await tx
      .insert(kbArticleRequests)
      .values({ articleId: article.id, requestId: request.id, linkedById: actor.id, createdAt: now });
    await tx.update(helpRequests).set({ updatedAt: now }).where(eq(helpRequests.id, request.id));

    // The draft is for staff; so are the events about it.
    const removed = removedKinds(findArticleSensitiveData(draft, domains), text);
    const events: NewTimelineEvent[] = [];
    if (Object.keys(removed).length > 0) {
      events.push({
        requestId: request.id,
        type: 'redacted',
        actorId: actor.id,
        isInternal: true,
        data: { target: 'kb_article', articleId: article.id, kinds: Object.keys(removed).sort(), counts: removed },
      });
    }
    events.push({
      requestId: request.id,
      type: 'kb_article_created',
      actorId: actor.id,
      isInternal: true,
      data: {
        articleId: article.id,
        title: article.title,
        // Findings the person saw and chose to keep (a staff phone number, say): kinds only.
        keptKinds: [...new Set(findings.map((finding) => finding.kind))].sort(),
      },
    });
    await appendEvents(tx, events, now);
    return article.id;
  });
  return getArticle({ db, actor, id: articleId });
}
