import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TTimelineEvent } from '../../shared/schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { timelineEvents, users } from '../db/schema/index.ts';
import { presentEvent } from '../requests/timeline.ts';
import { mergedFamily } from './merged-family.ts';

/**
 * The request's timeline with the timelines of every request merged into it, in time order; each
 * event of a merged request carries its `origin` (id and reference).
 */
export async function listMergedTimeline(options: {
  db: DbOrTx;
  requestId: string;
  includeInternal: boolean;
}): Promise<TTimelineEvent[]> {
  const family = await mergedFamily(options.db, options.requestId);
  const references = new Map(family.map((member) => [member.id, member.reference]));
  const rows = await options.db
    .select({ event: timelineEvents, actorName: users.name, actorRole: users.role })
    .from(timelineEvents)
    .leftJoin(users, eq(users.id, timelineEvents.actorId))
    .where(
      and(
        inArray(timelineEvents.requestId, [...references.keys()]),
        options.includeInternal ? undefined : eq(timelineEvents.isInternal, false),
      ),
    )
    .orderBy(asc(timelineEvents.createdAt), asc(timelineEvents.id));
  return rows.map((row) => {
    const event = presentEvent(row.event, row.actorName ? { name: row.actorName, role: row.actorRole ?? '' } : null);
    const originId = row.event.requestId;
    if (originId === options.requestId) return event;
    return { ...event, origin: { requestId: originId, reference: references.get(originId) ?? '' } };
  });
}
