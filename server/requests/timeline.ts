import { and, asc, eq } from 'drizzle-orm';
import type { Role, TimelineEventType } from '../../shared/constants.ts';
import type { TTimelineEvent } from '../../shared/schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { timelineEvents, users } from '../db/schema/index.ts';

export type NewTimelineEvent = {
  requestId: string;
  type: TimelineEventType;
  actorId: string | null;
  isInternal?: boolean;
  body?: string | null;
  data?: Record<string, unknown>;
  /** An offline client's id for the change, so a retried sync records it once. */
  clientId?: string | null;
};

/** Appends events stamped `at`; call inside the transaction that makes the change they record. */
export async function appendEvents(db: DbOrTx, events: NewTimelineEvent[], at: Date) {
  if (events.length === 0) return [];
  return db
    .insert(timelineEvents)
    .values(events.map((event) => ({ ...event, isInternal: event.isInternal ?? false, data: event.data ?? {}, createdAt: at })))
    .returning();
}

type EventRow = typeof timelineEvents.$inferSelect;

export function presentEvent(row: EventRow, actor: { name: string; role: string } | null): TTimelineEvent {
  return {
    id: String(row.id),
    type: row.type as TimelineEventType,
    actorId: row.actorId,
    actorName: actor?.name ?? null,
    actorRole: (actor?.role as Role | undefined) ?? null,
    isInternal: row.isInternal,
    body: row.body,
    data: row.data,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listTimeline(options: { db: DbOrTx; requestId: string; includeInternal: boolean }) {
  const rows = await options.db
    .select({ event: timelineEvents, actorName: users.name, actorRole: users.role })
    .from(timelineEvents)
    .leftJoin(users, eq(users.id, timelineEvents.actorId))
    .where(
      and(
        eq(timelineEvents.requestId, options.requestId),
        options.includeInternal ? undefined : eq(timelineEvents.isInternal, false),
      ),
    )
    .orderBy(asc(timelineEvents.id));
  return rows.map((row) => presentEvent(row.event, row.actorName ? { name: row.actorName, role: row.actorRole ?? '' } : null));
}
