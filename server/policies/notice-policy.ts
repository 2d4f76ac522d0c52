import type { NoticeHop, TNoticeAbilities } from '../../shared/notice-schemas.ts';
import type { Actor } from './actor.ts';
import { visibleSiteIds } from './site-policy.ts';

/**
 * Who may do what with downtime and training notices. The help desk (and platform admins) issue,
 * change and cancel them and watch the board; coordinators relay them to site admins, site admins
 * to end users, each for the sites they hold; whoever received one acknowledges it.
 */
export type NoticeFacts = {
  siteIds: string[];
  isOpen: boolean;
  /** The actor's own hops in the current round. */
  myDeliveries: { siteId: string; hop: NoticeHop }[];
  /** Sites whose relay at each hop is already done this round. */
  relayedSites: { siteId: string; hop: NoticeHop }[];
};

const ISSUERS = new Set(['help_desk', 'admin']);
/** The hop a role receives and relays onward from. */
const RELAY_HOP: Partial<Record<Actor['role'], NoticeHop>> = { coordinator: 'coordinator', site_admin: 'site_admin' };

export const canIssueNotices = (actor: Actor) => ISSUERS.has(actor.role);

/** Whether the actor may know the notice exists; anything else answers 404. */
export function canViewNotice(actor: Actor, notice: Pick<NoticeFacts, 'siteIds' | 'myDeliveries'>): boolean {
  if (canIssueNotices(actor) || notice.myDeliveries.length > 0) return true;
  if (actor.role === 'reporter' || actor.role === 'vendor') return false;
  const sites = visibleSiteIds(actor);
  return sites === null || notice.siteIds.some((id) => sites.includes(id));
}

/** The sites the actor may relay the current round for: theirs, received at their hop, not yet relayed. */
export function relayableSiteIds(actor: Actor, notice: NoticeFacts): string[] {
  const hop = RELAY_HOP[actor.role];
  if (!hop) return [];
  const received = notice.myDeliveries.filter((d) => d.hop === hop && actor.siteIds.includes(d.siteId)).map((d) => d.siteId);
  const done = new Set(notice.relayedSites.filter((r) => r.hop === hop).map((r) => r.siteId));
  return [...new Set(received)].filter((siteId) => !done.has(siteId));
}

export function noticeAbilities(actor: Actor, notice: NoticeFacts): TNoticeAbilities {
  const isIssuer = canIssueNotices(actor);
  return {
    relaySiteIds: relayableSiteIds(actor, notice),
    acknowledge: notice.myDeliveries.length > 0,
    change: isIssuer && notice.isOpen,
    cancel: isIssuer && notice.isOpen,
    viewBoard: isIssuer,
  };
}
