import { count, inArray } from 'drizzle-orm';
import type { TConsolidatedCounts, TConsolidatedQuery } from '../../shared/consolidation-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { consolidatedConditions, viaOf } from './consolidated-conditions.ts';
import { countOpenPairs } from './pair-query.ts';

const add = (record: Record<string, number>, key: string, value: number) => {
  record[key] = (record[key] ?? 0) + value;
};

/** Per site and per source (and channel) counts for the chart, over the actor's scope and the site/status filters. */
export async function countConsolidated(options: {
  db: DbOrTx;
  actor: Actor;
  query: TConsolidatedQuery;
}): Promise<TConsolidatedCounts> {
  const { db, actor, query } = options;
  const [groups, pairs] = await Promise.all([
    db
      .select({ siteId: helpRequests.siteId, via: viaOf, channel: helpRequests.channel, value: count() })
      .from(helpRequests)
      .where(consolidatedConditions(actor, { ...query, isFlagged: undefined }, { forCounts: true }))
      .groupBy(helpRequests.siteId, viaOf, helpRequests.channel),
    countOpenPairs(db, actor),
  ]);
  const siteIds = [...new Set(groups.map((group) => group.siteId))];
  const siteRows = siteIds.length
    ? await db.select({ id: sites.id, code: sites.code, name: sites.name }).from(sites).where(inArray(sites.id, siteIds))
    : [];
  const perSite = new Map(
    siteRows.map((site) => [
      site.id,
      {
        siteId: site.id,
        siteCode: site.code,
        siteName: site.name,
        total: 0,
        byVia: {},
        byChannel: {},
      } as TConsolidatedCounts['sites'][number],
    ]),
  );
  const byVia: Record<string, number> = {};
  const byChannel: Record<string, number> = {};
  let total = 0;
  for (const group of groups) {
    const value = Number(group.value);
    const site = perSite.get(group.siteId);
    if (!site) continue;
    site.total += value;
    add(site.byVia, group.via ?? 'web', value);
    add(site.byChannel, group.channel, value);
    add(byVia, group.via ?? 'web', value);
    add(byChannel, group.channel, value);
    total += value;
  }
  return {
    sites: [...perSite.values()].sort((a, b) => a.siteCode.localeCompare(b.siteCode)),
    byVia,
    byChannel,
    total,
    openDuplicatePairs: pairs,
  };
}
