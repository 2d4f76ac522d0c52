import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { findSensitiveData, redactSensitiveData } from '../../shared/sensitive-data.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityReplies, communityTopics } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { appendEvents } from '../requests/timeline.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { recordReply } from './record-reply.ts';

/**
 * Copies a public comment on a request into the request's community topic, if it has one.
 * Call it from inside the comment's transaction, for public comments only: internal notes stay
 * on the request. A comment that itself came from the topic carries its reply and is skipped.
 */
export async function mirrorCommentToTopic(
  tx: DbOrTx,
  options: {
    requestId: string;
    event: { id: number; body: string | null };
    /** Who wrote it: a signed-in person, or someone who mailed the reply in without an account. */
    actor: Pick<Actor, 'name'> & { id: string | null; role: string | null };
    now: Date;
  },
): Promise<void> {
  const { event, actor, now } = options;
  const [topic] = await tx.select().from(communityTopics).where(eq(communityTopics.requestId, options.requestId)).limit(1);
  if (!topic || !event.body) return;
  const [already] = await tx
    .select({ id: communityReplies.id })
    .from(communityReplies)
    .where(eq(communityReplies.timelineEventId, event.id))
    .limit(1);
  if (already) return;
  // The comment leaves the request for a community every site reads: likely case data is removed
  // from the copy (the request keeps the original), and the removal is recorded by kind only.
  const findings = findSensitiveData(event.body, { staffEmailDomains: await staffEmailDomains(tx) });
  const body = findings.length > 0 ? redactSensitiveData(event.body, findings) : event.body;
  if (findings.length > 0) {
    const counts: Record<string, number> = {};
    for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
    await appendEvents(
      tx,
      [
        {
          requestId: options.requestId,
          type: 'redacted',
          actorId: null,
          data: { target: 'community_reply', topicId: topic.id, kinds: Object.keys(counts).sort(), counts },
        },
      ],
      now,
    );
  }
  await recordReply(
    tx,
    topic,
    {
      id: randomUUID(),
      author: actor.id ? { id: actor.id, name: actor.name } : { id: null, name: actor.name },
      body,
      origin: 'request',
      isFromVendor: actor.role === 'vendor',
      timelineEventId: event.id,
    },
    now,
  );
}
