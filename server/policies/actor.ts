import type { ModuleCode, Role } from '../../shared/constants.ts';

/** The signed-in person, as the policies see them. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  siteIds: string[];
  modules: ModuleCode[];
  vendorTeamId: string | null;
};

export const STAFF_ROLES: readonly Role[] = ['site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'admin'];
/** Roles that work level 2 and alone may escalate to level 3. */
export const LEVEL_TWO_ROLES: readonly Role[] = ['coordinator', 'help_desk'];

export const isStaff = (actor: Actor) => STAFF_ROLES.includes(actor.role);
