import type { Actor } from './actor.ts';

/** Sites an actor may see; `null` means all of them. */
export function visibleSiteIds(actor: Actor): string[] | null {
  switch (actor.role) {
    case 'coordinator':
    case 'site_admin':
    case 'reporter':
      return actor.siteIds;
    default:
      return null;
  }
}
