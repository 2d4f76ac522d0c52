import type { TGlobalAbilities } from '../../shared/schemas.ts';
import type { Actor } from './actor.ts';

/** Route-level permissions; each route declares one of these or 'public' / 'signed_in'. */
export type GlobalPermission = keyof TGlobalAbilities;

const GRANTS: Record<GlobalPermission, (actor: Actor) => boolean> = {
  viewRegister: (actor) => actor.role !== 'vendor',
  createRequest: (actor) => actor.role !== 'vendor' && actor.role !== 'module_coordinator',
  logPhoneRequest: (actor) => ['site_admin', 'coordinator', 'help_desk', 'admin'].includes(actor.role),
  viewVendorQueue: (actor) => ['vendor', 'help_desk', 'admin'].includes(actor.role),
  manageSites: (actor) => actor.role === 'admin',
  manageUsers: (actor) => actor.role === 'admin',
  manageVendorTeams: (actor) => actor.role === 'admin',
  // Help desk, coordinators and admins write and publish; site admins draft for them to publish.
  draftArticles: (actor) => ['site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'admin'].includes(actor.role),
  publishArticles: (actor) => ['coordinator', 'help_desk', 'module_coordinator', 'admin'].includes(actor.role),
  createTopic: (actor) => actor.role !== 'vendor',
  moderateCommunity: (actor) => ['coordinator', 'help_desk', 'module_coordinator', 'admin'].includes(actor.role),
  // The outbox shows who was mailed what, and lets failed mail be sent again.
  viewOutbox: (actor) => actor.role === 'admin',
  // The consolidated register and its duplicate review span sites: coordinators, help desk, admins.
  viewConsolidatedRegister: (actor) => ['coordinator', 'help_desk', 'admin'].includes(actor.role),
};

export function can(actor: Actor, permission: GlobalPermission): boolean {
  return GRANTS[permission](actor);
}

export function globalAbilities(actor: Actor): TGlobalAbilities {
  const entries = Object.keys(GRANTS).map((key) => [key, can(actor, key as GlobalPermission)]);
  return Object.fromEntries(entries) as TGlobalAbilities;
}
