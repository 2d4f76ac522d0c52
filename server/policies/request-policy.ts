import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type ModuleCode, OPEN_STATUSES, STATUS_TRANSITIONS, STATUSES, type Status } from '../../shared/constants.ts';
import type { TRequestAbilities } from '../../shared/schemas.ts';
import { helpRequests } from '../db/schema/index.ts';
import { type Actor, isStaff, LEVEL_TWO_ROLES } from './actor.ts';

/** The fields of a request that decide who may do what with it. */
export type RequestScopeFacts = {
  siteId: string;
  status: string;
  module: string;
  level: number;
  reporterId: string | null;
  vendorTeamId: string | null;
  /** Known when the caller loaded the whole row; the critical acknowledgement needs them. */
  urgency?: string;
  criticalAcknowledgedAt?: Date | null;
  /** A request merged into another is closed for good: only read and comment. */
  mergedIntoId?: string | null;
};

const coversModule = (modules: ModuleCode[], module: string) => modules.length === 0 || modules.includes(module as ModuleCode);

/** Whether the actor may know this request exists at all. */
export function isInScope(actor: Actor, request: RequestScopeFacts): boolean {
  switch (actor.role) {
    case 'admin':
    case 'help_desk':
      return true;
    case 'coordinator':
      return actor.siteIds.includes(request.siteId) && coversModule(actor.modules, request.module);
    case 'module_coordinator':
      return actor.modules.includes(request.module as ModuleCode);
    case 'site_admin':
      return actor.siteIds.includes(request.siteId);
    case 'vendor':
      return actor.vendorTeamId !== null && request.vendorTeamId === actor.vendorTeamId;
    case 'reporter':
      return request.reporterId === actor.id;
  }
}

type ScopeColumns = Record<'siteId' | 'module' | 'vendorTeamId' | 'reporterId', AnyPgColumn>;

/**
 * The same rule as `isInScope`, as a SQL condition for lists; `undefined` means everything.
 * `table` is `help_requests` or an alias of it (to scope the other side of a pair).
 */
export function requestScopeCondition(actor: Actor, table: ScopeColumns = helpRequests): SQL | undefined {
  const none = sql`false`;
  const helpRequests = table;
  const siteIds = actor.siteIds.length > 0 ? inArray(helpRequests.siteId, actor.siteIds) : none;
  switch (actor.role) {
    case 'admin':
    case 'help_desk':
      return undefined;
    case 'coordinator':
      return actor.modules.length > 0 ? and(siteIds, inArray(helpRequests.module, actor.modules)) : siteIds;
    case 'module_coordinator':
      return actor.modules.length > 0 ? inArray(helpRequests.module, actor.modules) : none;
    case 'site_admin':
      return siteIds;
    case 'vendor':
      return actor.vendorTeamId ? eq(helpRequests.vendorTeamId, actor.vendorTeamId) : none;
    case 'reporter':
      return eq(helpRequests.reporterId, actor.id);
  }
}

/** Staff who see the request may be assigned to it; vendors work in their own queue instead. */
export function canBeAssigned(candidate: Actor, request: RequestScopeFacts): boolean {
  return candidate.role !== 'reporter' && candidate.role !== 'vendor' && isInScope(candidate, request);
}

/** Whether the actor may create a request at this site. */
export function canCreateRequestAt(actor: Actor, site: { id: string }): boolean {
  switch (actor.role) {
    case 'admin':
    case 'help_desk':
      return true;
    case 'coordinator':
    case 'site_admin':
    case 'reporter':
      return actor.siteIds.includes(site.id);
    default:
      return false;
  }
}

/** Everything the actor may do with one request; the client shows exactly these actions. */
export function requestAbilities(actor: Actor, request: RequestScopeFacts): TRequestAbilities {
  const view = isInScope(actor, request);
  const staff = view && isStaff(actor);
  const isOpenToWork = view && !request.mergedIntoId;
  const worksLevelTwo = isOpenToWork && (LEVEL_TWO_ROLES.includes(actor.role) || actor.role === 'admin');
  const isSiteAdmin = isOpenToWork && actor.role === 'site_admin';
  // Site admins work level 1; above it they follow and comment, level-2 people act.
  const works = worksLevelTwo || (isSiteAdmin && request.level === 1);
  const isReporter = isOpenToWork && actor.role === 'reporter';
  const isVendor = isOpenToWork && actor.role === 'vendor';
  return {
    view,
    comment: view,
    addInternalNote: staff,
    readInternal: staff,
    edit: works,
    assign: works,
    changeStatus: works,
    allowedStatuses: works
      ? [...STATUS_TRANSITIONS[request.status as Status]]
      : STATUSES.filter((to) => isReporter && canReporterMove(actor, request, to)),
    escalate: request.level < 3 && (worksLevelTwo || (isSiteAdmin && request.level === 1)),
    escalateToLevel3: worksLevelTwo && request.level === 2 && actor.role !== 'admin',
    deEscalate: worksLevelTwo && request.level > 1,
    setL3State: request.level === 3 && (isVendor || worksLevelTwo),
    uploadAttachment: staff || isReporter || isVendor,
    acknowledgeCritical: worksLevelTwo && isCriticalPending(request),
  };
}

/** Critical, still open, and no level-2 person has taken it yet: it pages and stays pinned. */
export function isCriticalPending(request: Pick<RequestScopeFacts, 'status' | 'urgency' | 'criticalAcknowledgedAt'>): boolean {
  return (
    request.urgency === 'critical' &&
    !request.criticalAcknowledgedAt &&
    (OPEN_STATUSES as readonly string[]).includes(request.status)
  );
}

/** Level-2 people find pending critical requests pinned at the top of their register. */
export function seesPinnedCriticals(actor: Actor): boolean {
  return LEVEL_TWO_ROLES.includes(actor.role) || actor.role === 'admin';
}

/** A reporter may reopen their own resolved or closed request, or close it once resolved. */
function canReporterMove(actor: Actor, request: RequestScopeFacts, to: Status): boolean {
  if (actor.role !== 'reporter' || request.reporterId !== actor.id) return false;
  const isReopen = (request.status === 'resolved' || request.status === 'closed') && to === 'in_progress';
  const isClose = request.status === 'resolved' && to === 'closed';
  return isReopen || isClose;
}
