import type { ModuleCode, Role } from '../../shared/constants.ts';
import type { TUser } from '../../shared/schemas.ts';
import type { users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';

type UserRow = typeof users.$inferSelect;

export function toActor(row: UserRow): Actor {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    siteIds: row.siteIds,
    modules: row.modules as ModuleCode[],
    vendorTeamId: row.vendorTeamId,
  };
}

export function presentUser(row: UserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    locale: row.locale,
    siteIds: row.siteIds,
    modules: row.modules as ModuleCode[],
    vendorTeamId: row.vendorTeamId,
    isActive: row.isActive,
    mustChangePassword: row.mustChangePassword,
    isOnDuty: row.isOnDuty,
  };
}
