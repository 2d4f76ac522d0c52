import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { redactSensitiveData } from '../../shared/sensitive-data.ts';
import { acceptAnswer } from '../community/accept-answer.ts';
import { createTopic } from '../community/create-topic.ts';
import { getRequestTopicDraft } from '../community/get-request-topic-draft.ts';
import { openTopicFromRequest } from '../community/open-topic-from-request.ts';
import { recordReply } from '../community/record-reply.ts';
import { replyToTopic } from '../community/reply-to-topic.ts';
import { setSubscription } from '../community/set-subscription.ts';
import { loadTopic } from '../community/topic-repository.ts';
import { updateTopic } from '../community/update-topic.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, jobs, notifications, sites, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { addComment } from '../requests/add-comment.ts';
import { toActor } from '../users/present-user.ts';
import { DEMO_TOPICS, type DemoTopic, PEOPLE, type Person } from './demo-community-topics.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Notifications newer than this stay unread, so the demo users find a few waiting. */
const UNREAD_DAYS = 5;

type Cast = (person: Person) => Actor;

async function loadCast(db: Database): Promise<Cast> {
  const rows = await db
    .select()
    .from(users)
    .where(inArray(users.email, Object.values(PEOPLE)));
  const byEmail = new Map(rows.map((row) => [row.email, toActor(row)]));
  return (person) => {
    const actor = byEmail.get(PEOPLE[person]);
    if (!actor) throw new Error(`Demo community: no user ${PEOPLE[person]}`);
    return actor;
  };
}

async function seedTopic(db: Database, cast: Cast, demo: DemoTopic, now: number) {
  const author = cast(demo.by);
  const openedAt = now - demo.daysAgo * DAY;
  const topic = await createTopic({
    db,
    actor: author,
    input: { title: demo.title, body: demo.body, category: demo.category, language: demo.language },
    now: new Date(openedAt),
  });
  for (const person of demo.followers ?? []) {
    await setSubscription({ db, actor: cast(person), topicId: topic.id, isSubscribed: true });
  }
  const gap = Math.min(6 * HOUR, (now - openedAt) / (demo.replies.length + 1));
  let accepted: string | null = null;
  for (const [index, reply] of demo.replies.entries()) {
    const at = new Date(openedAt + gap * (index + 1));
    let replyId: string;
    if (typeof reply.by === 'object') {
      // What the Jira connector will record for a developer's comment written in Jira.
      const name = reply.by.jira;
      const row = await db.transaction(async (tx) =>
        recordReply(
          tx,
          await loadTopic(tx, topic.id),
          {
            id: randomUUID(),
            author: { id: null, name },
            body: reply.body,
            origin: 'jira',
            isFromVendor: true,
            timelineEventId: null,
          },
          at,
        ),
      );
      replyId = row.id;
    } else {
      replyId = (await replyToTopic({ db, actor: cast(reply.by), topicId: topic.id, body: reply.body, now: at })).id;
    }
    if (reply.isAccepted) accepted = replyId;
  }
  if (accepted) await acceptAnswer({ db, actor: author, topicId: topic.id, replyId: accepted });
  if (demo.isPinned || demo.isLocked) {
    await updateTopic({ db, actor: cast('hd'), id: topic.id, input: { isPinned: demo.isPinned, isLocked: demo.isLocked } });
  }
}

/** Requests whose topics show mirroring: level 1 at Sierra Leone, and level 2 and 3 where the coordinators work. */
async function pickLinkedRequests(db: Database) {
  const pick = (code: string, level: number, count: number) =>
    db
      .select({ id: helpRequests.id, level: helpRequests.level, updatedAt: helpRequests.updatedAt, code: sites.code })
      .from(helpRequests)
      .innerJoin(sites, eq(sites.id, helpRequests.siteId))
      .where(and(eq(sites.code, code), eq(helpRequests.level, level)))
      .orderBy(asc(helpRequests.reference))
      .limit(count);
  const picked = await Promise.all([pick('SLE', 1, 1), pick('SLE', 3, 2), pick('COD', 2, 1), pick('JOR', 2, 1)]);
  return picked.flat();
}

const LINKED_SCRIPT = {
  outsider: 'We had the same at our site after the last upgrade. Clearing the app data and syncing again helped for us.',
  comment: 'Thanks, community. We are trying this with the reporter today and will report back here.',
  vendor: 'The developers reproduced this and are working on a fix; the version that carries it will be posted here.',
  helpDesk: 'Following this one. If the workaround holds for a week, we will add it to the knowledge base.',
} as const;

async function seedLinkedTopic(db: Database, cast: Cast, request: { id: string; level: number; updatedAt: Date; code: string }) {
  const opener = request.code === 'JOR' ? cast('coord2') : request.level === 1 ? cast('sle') : cast('coord');
  const outsider = request.code === 'COD' ? cast('moz') : cast('cod');
  const step = Math.max(1000, Math.min(HOUR, (Date.now() - 1000 - request.updatedAt.getTime()) / 6));
  let at = request.updatedAt.getTime();
  const next = () => {
    at += step;
    return new Date(at);
  };
  // The seed takes the guard's advice: every finding is redacted, which the timeline records.
  const draft = await getRequestTopicDraft({ db, actor: opener, id: request.id });
  const only = (field: 'title' | 'body') => draft.findings.filter((finding) => finding.field === field);
  const topic = await openTopicFromRequest({
    db,
    actor: opener,
    id: request.id,
    input: {
      title: redactSensitiveData(draft.title, only('title')),
      body: redactSensitiveData(draft.body, only('body')),
      confirmRedaction: true,
    },
    now: next(),
  });
  await setSubscription({ db, actor: cast('hd'), topicId: topic.id, isSubscribed: true });
  await replyToTopic({ db, actor: outsider, topicId: topic.id, body: LINKED_SCRIPT.outsider, now: next() });
  await addComment({ db, actor: opener, id: request.id, body: LINKED_SCRIPT.comment, isInternal: false, now: next() });
  if (request.level === 3 && request.code === 'SLE') {
    await replyToTopic({ db, actor: cast('vendor'), topicId: topic.id, body: LINKED_SCRIPT.vendor, now: next() });
  }
  await replyToTopic({ db, actor: cast('hd'), topicId: topic.id, body: LINKED_SCRIPT.helpDesk, now: next() });
}

/**
 * Demo Support Community: topics in five languages with replies (vendors', Jira's, accepted
 * answers, pinned and locked ones), a few opened from demo requests with replies mirrored both
 * ways, and recent notifications left unread. Everything goes through the real services.
 */
export async function seedDemoCommunity(options: { db: Database; log?: (line: string) => void; now?: Date }) {
  const { db } = options;
  const log = options.log ?? (() => {});
  const now = (options.now ?? new Date()).getTime();
  const cast = await loadCast(db);
  log(`Seeding demo data: community, ${DEMO_TOPICS.length} topics…`);
  for (const demo of DEMO_TOPICS) await seedTopic(db, cast, demo, now);
  const linked = await pickLinkedRequests(db);
  for (const request of linked) await seedLinkedTopic(db, cast, request);

  // History is not news: older notifications are read, and no demo e-mail goes out for any of them.
  await db
    .update(notifications)
    .set({ readAt: sql`${notifications.createdAt}` })
    .where(and(isNull(notifications.readAt), lt(notifications.createdAt, new Date(now - UNREAD_DAYS * DAY))));
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: new Date(now) })
    .where(and(eq(jobs.name, 'notification.email'), eq(jobs.status, 'queued')));
  log(`Seeding demo data: community, ${DEMO_TOPICS.length + linked.length} topics done.`);
}
