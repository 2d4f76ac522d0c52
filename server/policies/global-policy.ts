import type { TGlobalAbilities } from '../../shared/schemas.ts';
import { type Actor, LEVEL_TWO_ROLES } from './actor.ts';
import { canIssueNotices } from './notice-policy.ts';
import { canExportRegister } from './register-policy.ts';

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
  // Downtime and training notices come from the global help desk (see notice-policy.ts).
  issueNotices: (actor) => canIssueNotices(actor),
  // Releases: see server/policies/release-policy.ts for the per-module rule.
  manageReleases: (actor) => ['help_desk', 'vendor', 'admin'].includes(actor.role),
  proposeDeferral: (actor) => actor.role === 'help_desk',
  decideDeferrals: (actor) => actor.role === 'help_desk' || actor.role === 'module_coordinator',
  // SLA policies and business calendars are the platform admin's; the report is for those who lead levels.
  manageSla: (actor) => actor.role === 'admin',
  viewSlaReport: (actor) => ['coordinator', 'help_desk', 'module_coordinator', 'admin'].includes(actor.role),
  setOnDuty: (actor) => LEVEL_TWO_ROLES.includes(actor.role),
  // Mailboxes hold IMAP passwords and decide where mail becomes requests.
  manageMailboxes: (actor) => actor.role === 'admin',
  // Spreadsheet register: which sites and rows is decided in register-policy.ts.
  importRegister: (actor) => ['site_admin', 'coordinator', 'help_desk', 'admin'].includes(actor.role),
  exportRegister: (actor) => canExportRegister(actor),
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
