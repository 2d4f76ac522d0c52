import { and, eq, inArray, ne } from 'drizzle-orm';
import type { SlaAlertKind } from '../../shared/sla-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { LEVEL_TWO_ROLES } from '../policies/actor.ts';
import { isInScope, type RequestScopeFacts } from '../policies/request-policy.ts';
import { toActor } from '../users/present-user.ts';

type UserRow = typeof users.$inferSelect;
type RequestFacts = RequestScopeFacts & { assigneeId: string | null };

/**
 * Who hears about an SLA warning: the assignee and the leads of the request's level — the
 * site's admins at level 1, the help desk and the coordinators covering it at level 2, the
 * vendor team at level 3. A breach also goes to their manager role, the platform admins.
 */
export async function slaAlertRecipients(db: DbOrTx, request: RequestFacts, kind: SlaAlertKind): Promise<UserRow[]> {
  const roles = [
    ...(request.level === 1 ? ['site_admin'] : request.level === 2 ? LEVEL_TWO_ROLES : ['vendor']),
    ...(kind === 'breach' ? ['admin'] : []),
  ];
  const candidates = await db
    .select()
    .from(users)
    .where(and(eq(users.isActive, true), ne(users.role, 'reporter')));
  return candidates.filter((user) => {
    if (user.id === request.assigneeId) return true;
    if (!roles.includes(user.role)) return false;
    if (user.role === 'admin') return true;
    return isInScope(toActor(user), request);
  });
}

/** The level-2 people on duty who see this request: they are paged when it is critical. */
export async function onDutyRecipients(db: DbOrTx, request: RequestScopeFacts): Promise<UserRow[]> {
  const candidates = await db
    .select()
    .from(users)
    .where(and(eq(users.isActive, true), eq(users.isOnDuty, true), inArray(users.role, [...LEVEL_TWO_ROLES])));
  return candidates.filter((user) => isInScope(toActor(user), request));
}
