import { eq } from 'drizzle-orm';
import type { TCommunityTopic, TOpenTopicFromRequest, TSensitiveFinding } from '../../shared/community-schemas.ts';
import { ZOpenTopicFromRequest } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import { communityTopics } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canOpenTopicFromRequest } from '../policies/community-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents, type NewTimelineEvent } from '../requests/timeline.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { getTopic } from './get-topic.ts';
import { insertTopic } from './insert-topic.ts';
import { draftTopicFromRequest, findTopicSensitiveData } from './topic-draft.ts';

const KIND_LABELS: Record<TSensitiveFinding['kind'], string> = {
  case_id: 'a case ID',
  phone: 'a phone number',
  email: 'an e-mail address',
  date_of_birth: 'a date of birth',
};

/** Kinds of case data found in the request's own text that the published text no longer carries. */
function removedKinds(original: TSensitiveFinding[], published: { title: string; body: string }) {
  const counts: Record<string, number> = {};
  for (const finding of original) {
    if (published.title.includes(finding.text) || published.body.includes(finding.text)) continue;
    counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  }
  return counts;
}

/**
 * Opens the request's community topic, pre-filled with its summary and description. The text
 * leaves the request, so the guard runs first: with likely case data and no `confirmRedaction`
 * it answers 422 listing each finding; what was taken out is recorded (kinds only, never text).
 */
export async function openTopicFromRequest(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TOpenTopicFromRequest;
  now?: Date;
}): Promise<TCommunityTopic> {
  const { db, actor } = options;
  const input = ZOpenTopicFromRequest.parse(options.input);
  const now = options.now ?? new Date();
  const topicId = await db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    if (!canOpenTopicFromRequest(actor, request)) throw forbidden('You may not open a community topic for this request');
    const [existing] = await tx
      .select({ id: communityTopics.id })
      .from(communityTopics)
      .where(eq(communityTopics.requestId, request.id));
    if (existing) throw new AppError('conflict', 'This request already has a community topic');

    const draft = draftTopicFromRequest(request);
    const text = { title: input.title ?? draft.title, body: input.body ?? draft.body };
    const domains = await staffEmailDomains(tx);
    const findings = findTopicSensitiveData(text, domains);
    if (findings.length > 0 && !input.confirmRedaction) {
      throw new AppError('invalid', 'The text looks like it carries case data: redact it, or confirm it is safe to share', {
        errors: findings.map((finding) => ({
          field: finding.field,
          message: `looks like ${KIND_LABELS[finding.kind]}: “${finding.text}”`,
        })),
        extensions: { findings },
      });
    }

    const topic = await insertTopic(
      tx,
      {
        ...text,
        category: input.category ?? draft.category,
        language: input.language ?? draft.language,
        authorId: actor.id,
        requestId: request.id,
      },
      now,
    );
    const removed = removedKinds(findTopicSensitiveData(draft, domains), text);
    const events: NewTimelineEvent[] = [];
    if (Object.keys(removed).length > 0) {
      events.push({
        requestId: request.id,
        type: 'redacted',
        actorId: actor.id,
        data: { target: 'community_topic', topicId: topic.id, kinds: Object.keys(removed).sort(), counts: removed },
      });
    }
    events.push({
      requestId: request.id,
      type: 'community_topic_opened',
      actorId: actor.id,
      data: { topicId: topic.id, title: topic.title },
    });
    await appendEvents(tx, events, now);
    return topic.id;
  });
  return getTopic({ db, actor, id: topicId });
}
