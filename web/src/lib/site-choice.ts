import type { ModuleCode, TSite } from '../api/types.ts';

/** Sites a new request may be filed under, the user's own first. */
export function selectableSites(sites: readonly TSite[], userSiteIds: readonly string[]): TSite[] {
  const active = sites.filter((site) => site.isActive);
  const own = userSiteIds.map((id) => active.find((site) => site.id === id)).filter((site): site is TSite => Boolean(site));
  return [...own, ...active.filter((site) => !userSiteIds.includes(site.id))];
}

/** The chosen site and module, falling back to the first valid ones while nothing is chosen. */
export function resolveSiteAndModule(
  sites: readonly TSite[],
  siteId: string,
  module: string,
): { site: TSite | undefined; module: ModuleCode | '' } {
  const site = sites.find((candidate) => candidate.id === siteId) ?? sites[0];
  const modules = site?.modules ?? [];
  const chosen = modules.find((candidate) => candidate === module) ?? modules[0] ?? '';
  return { site, module: chosen };
}
