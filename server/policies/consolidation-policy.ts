import type { Actor } from './actor.ts';
import { isInScope, type RequestScopeFacts } from './request-policy.ts';

/** The facts of a request a merge decision needs. */
export type MergeFacts = RequestScopeFacts & { externalKey: string | null };

/** Coordinators, the help desk and admins review possible duplicates and merge them. */
const CONSOLIDATING_ROLES: readonly Actor['role'][] = ['coordinator', 'help_desk', 'admin'];
/** Only those who see every site merge requests of two different sites. */
const CROSS_SITE_ROLES: readonly Actor['role'][] = ['help_desk', 'admin'];

/** Whether the actor may say "not a duplicate" about two requests they both see. */
export function canDismissDuplicate(actor: Actor, a: RequestScopeFacts, b: RequestScopeFacts): boolean {
  return CONSOLIDATING_ROLES.includes(actor.role) && isInScope(actor, a) && isInScope(actor, b);
}

/**
 * Why the actor may not merge `duplicate` into `survivor` as a matter of permission, or null when
 * they may. Both must be in scope (checked first, as a 404, by the caller); the state of the two
 * requests (already merged, level 3) is the merge service's concern.
 */
export function mergeRefusal(actor: Actor, survivor: RequestScopeFacts, duplicate: RequestScopeFacts): string | null {
  if (!CONSOLIDATING_ROLES.includes(actor.role)) return 'Only coordinators, the help desk and admins merge requests';
  if (!isInScope(actor, survivor) || !isInScope(actor, duplicate)) return 'You may not merge requests outside your scope';
  if (survivor.siteId !== duplicate.siteId && !CROSS_SITE_ROLES.includes(actor.role)) {
    return 'Only the help desk and admins merge requests of different sites';
  }
  return null;
}

/** What the request page offers on one possible-duplicate pair. */
export function duplicateAbilities(actor: Actor, request: RequestScopeFacts, other: RequestScopeFacts) {
  return {
    dismiss: canDismissDuplicate(actor, request, other),
    merge: mergeRefusal(actor, request, other) === null,
  };
}
