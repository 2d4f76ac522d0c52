import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { THelpRequest } from '../../shared/schemas.ts';
import type { Database, Transaction } from '../db/client.ts';
import { attachments, communityTopics, duplicateCandidates, helpRequests } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { mergeRefusal } from '../policies/consolidation-policy.ts';
import { notifyReporter } from '../releases/notify-reporter.ts';
import { getRequest } from '../requests/get-request.ts';
import { findRequestRow, type LoadedRequest, loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';
import { requestMergedMail } from './templates/request-merged-mail.ts';

const conflict = (field: string, message: string) => new AppError('conflict', message, { errors: [{ field, message }] });

/** Why these two requests cannot be merged this way round, whoever asks. */
function refuseNonsense(survivor: LoadedRequest, duplicate: LoadedRequest) {
  if (survivor.id === duplicate.id) {
    throw new AppError('invalid', 'A request cannot be merged into itself', {
      errors: [{ field: 'duplicateRequestId', message: 'is the request being kept' }],
    });
  }
  if (duplicate.mergedIntoId)
    throw conflict('duplicateRequestId', `${duplicate.reference} was already merged into another request`);
  if (survivor.mergedIntoId) {
    throw conflict('id', `${survivor.reference} was merged into another request; merge into that one instead`);
  }
  // A level-3 request lives on in the vendor's queue or Jira: closing it here would orphan that work.
  const isWithVendor = (request: LoadedRequest) => request.level === 3 || request.externalKey !== null;
  if (isWithVendor(duplicate)) {
    const message = isWithVendor(survivor)
      ? `Both ${survivor.reference} and ${duplicate.reference} are with a vendor team (level 3); close one there first`
      : `${duplicate.reference} is with a vendor team (level 3${duplicate.externalKey ? `, ${duplicate.externalKey}` : ''}); keep it as the surviving request instead`;
    throw conflict('duplicateRequestId', message);
  }
}

/** Locks both rows in id order, so two merges of the same pair cannot deadlock, and reloads them. */
async function lockBoth(tx: Transaction, first: LoadedRequest, second: LoadedRequest) {
  await tx
    .select({ id: helpRequests.id })
    .from(helpRequests)
    .where(inArray(helpRequests.id, [first.id, second.id]))
    .orderBy(asc(helpRequests.id))
    .for('update');
  const [survivor, duplicate] = await Promise.all([findRequestRow(tx, first.id), findRequestRow(tx, second.id)]);
  if (!survivor || !duplicate) throw new AppError('not_found', 'No such help request');
  return { survivor, duplicate };
}

/** Keeps the duplicate's knowledge-base links and, when the survivor has none, its community topic. */
async function carryLinks(tx: Transaction, survivorId: string, duplicateId: string, actorId: string, now: Date) {
  const linked = await tx.execute(sql`
    insert into kb_article_requests (article_id, request_id, linked_by_id, created_at)
    select article_id, ${survivorId}::uuid, ${actorId}::uuid, ${now}::timestamptz
    from kb_article_requests where request_id = ${duplicateId}
    on conflict do nothing`);
  const [survivorTopic] = await tx
    .select({ id: communityTopics.id })
    .from(communityTopics)
    .where(eq(communityTopics.requestId, survivorId));
  const movedTopics = survivorTopic
    ? []
    : await tx
        .update(communityTopics)
        .set({ requestId: survivorId })
        .where(eq(communityTopics.requestId, duplicateId))
        .returning({ id: communityTopics.id });
  const affected = linked as unknown as { affectedRows?: number; rowCount?: number | null };
  return { kbArticles: Number(affected.rowCount ?? affected.affectedRows ?? 0), topicId: movedTopics[0]?.id ?? null };
}

/**
 * Merges `duplicateRequestId` into `id`: the duplicate is closed with `merged_into` pointing at the
 * survivor, both record the merge on their timelines, and the survivor's timeline and attachments
 * then include the duplicate's (nothing is copied or lost). Knowledge-base links are added to the
 * survivor; the community topic moves over when the survivor has none; escalations stay recorded
 * on the duplicate and show in the survivor's timeline. The duplicate's reporter is told (in the
 * app, and by mail per their preferences) that their request continues under the survivor's reference.
 */
export async function mergeRequests(options: {
  db: Database;
  actor: Actor;
  id: string;
  duplicateRequestId: string;
  reason?: string;
  mail?: MailSettings;
  now?: Date;
}): Promise<THelpRequest> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const survivorId = await db.transaction(async (tx) => {
    const first = await loadRequestInScope(tx, actor, options.id);
    const second = await loadRequestInScope(tx, actor, options.duplicateRequestId);
    const { survivor, duplicate } = await lockBoth(tx, first, second);
    const refusal = mergeRefusal(actor, survivor, duplicate);
    if (refusal) throw forbidden(refusal);
    refuseNonsense(survivor, duplicate);

    await tx
      .update(helpRequests)
      .set({ status: 'closed', closedAt: now, mergedIntoId: survivor.id, updatedAt: now })
      .where(eq(helpRequests.id, duplicate.id));
    await tx.update(helpRequests).set({ updatedAt: now }).where(eq(helpRequests.id, survivor.id));
    const links = await carryLinks(tx, survivor.id, duplicate.id, actor.id, now);
    const [{ value: attachmentCount }] = await tx
      .select({ value: sql<number>`count(*)::int` })
      .from(attachments)
      .where(eq(attachments.requestId, duplicate.id));
    await tx
      .update(duplicateCandidates)
      .set({ status: 'merged', decidedAt: now, decidedById: actor.id })
      .where(
        or(
          and(eq(duplicateCandidates.requestAId, survivor.id), eq(duplicateCandidates.requestBId, duplicate.id)),
          and(eq(duplicateCandidates.requestAId, duplicate.id), eq(duplicateCandidates.requestBId, survivor.id)),
        ),
      );
    const reason = options.reason || null;
    const [mergedInto] = await appendEvents(
      tx,
      [
        {
          requestId: duplicate.id,
          type: 'merged_into',
          actorId: actor.id,
          body: reason,
          data: { requestId: survivor.id, reference: survivor.reference, from: duplicate.status, to: 'closed' },
        },
        {
          requestId: survivor.id,
          type: 'merged_from',
          actorId: actor.id,
          body: reason,
          data: {
            requestId: duplicate.id,
            reference: duplicate.reference,
            attachments: Number(attachmentCount),
            kbArticles: links.kbArticles,
            communityTopicId: links.topicId,
            level: duplicate.level,
          },
        },
      ],
      now,
    );
    await notifyReporter(tx, {
      settings: options.mail,
      requestId: duplicate.id,
      actorId: actor.id,
      now,
      notice: {
        eventId: mergedInto.id,
        type: 'request_merged',
        title: (reference) => `${reference} continues as ${survivor.reference}`,
        messageParams: { survivor: survivor.reference },
        data: { survivorId: survivor.id, survivorReference: survivor.reference },
        compose: (locale, data, redact) =>
          requestMergedMail(locale, { ...data, survivorReference: survivor.reference, reason: reason ? redact(reason) : null }),
      },
    });
    return survivor.id;
  });
  return getRequest({ db, actor, id: survivorId });
}
