import type { users } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/actor.ts';

type UserRow = typeof users.$inferSelect;

/**
 * Whom createRequest acts for when a mailbox files a request. The mailbox, not the sender's role,
 * decides the site, so it acts with an admin's reach; the request records the sender as reporter
 * (their account when the address matches one) and nobody as its creator.
 */
export function mailIntakeActor(sender: UserRow | null): Actor {
  return {
    id: sender?.id ?? '00000000-0000-0000-0000-000000000000',
    name: sender?.name ?? 'E-mail',
    email: sender?.email ?? '',
    role: 'admin',
    siteIds: [],
    modules: [],
    vendorTeamId: null,
  };
}
