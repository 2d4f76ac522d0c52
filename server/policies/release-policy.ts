import type { DeferralParty, ModuleCode } from '../../shared/constants.ts';
import type { Actor } from './actor.ts';
import { isInScope, type RequestScopeFacts } from './request-policy.ts';

/**
 * Releases and deferrals, read as a spec:
 * - everyone signed in reads releases; the requests a release lists are filtered by request scope;
 * - the help desk and admins manage (create, edit, ship) releases of every module, a vendor those
 *   of the modules their team owns; nobody else;
 * - on a level-3 request, whoever sets its level-3 state (its vendor team, the help desk and
 *   coordinators in scope) records the code change and the release carrying it;
 * - only the help desk proposes deferring a request, and never a critical one;
 * - a deferral takes effect when both parties approved: the help desk party (any help-desk member,
 *   the proposer included) and the module-coordinator party (a module coordinator of the request's
 *   module). Each party decides once; one person holds one role, so never both parties. Admins
 *   are not a party.
 */
export type ReleaseFacts = { module: string; status: string };

export function canManageReleaseModule(actor: Actor, module: string, teamModules: readonly ModuleCode[]): boolean {
  switch (actor.role) {
    case 'admin':
    case 'help_desk':
      return true;
    case 'vendor':
      return teamModules.includes(module as ModuleCode);
    default:
      return false;
  }
}

export function releaseAbilities(actor: Actor, release: ReleaseFacts, teamModules: readonly ModuleCode[]) {
  const manage = canManageReleaseModule(actor, release.module, teamModules);
  return { edit: manage && release.status !== 'shipped', ship: manage && release.status !== 'shipped' };
}

export function canSetCodeChange(actor: Actor, request: RequestScopeFacts): boolean {
  if (request.level !== 3 || !isInScope(actor, request)) return false;
  return actor.role === 'vendor' || actor.role === 'help_desk' || actor.role === 'coordinator';
}

export function canProposeDeferral(actor: Actor, request: RequestScopeFacts): boolean {
  return actor.role === 'help_desk' && isInScope(actor, request);
}

/** The party this actor decides for on a deferral of a request in this module, if any. */
export function deferralPartyOf(actor: Actor, module: string): DeferralParty | null {
  if (actor.role === 'help_desk') return 'help_desk';
  if (actor.role === 'module_coordinator' && actor.modules.includes(module as ModuleCode)) return 'module_coordinator';
  return null;
}
