import { sql } from 'drizzle-orm';
import type { TDeflectionResponse } from '../../shared/search-schemas.ts';
import type { Database } from '../db/client.ts';
import { suggestionOpens } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requestAbilities, requestScopeCondition } from '../policies/request-policy.ts';
import { visibleSiteIds } from '../policies/site-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';

/** Records the suggestions opened while the request was being written. */
export async function recordSuggestionOpens(options: {
  db: Database;
  actor: Actor;
  requestId: string;
  opens: { type: string; id: string; openedAt?: string }[];
}) {
  const request = await loadRequestInScope(options.db, options.actor, options.requestId);
  if (!requestAbilities(options.actor, request).comment) throw forbidden('You may not record this');
  await options.db.insert(suggestionOpens).values(
    options.opens.map((open) => ({
      requestId: request.id,
      userId: options.actor.id,
      suggestionType: open.type,
      suggestionId: open.id,
      openedAt: open.openedAt ? new Date(open.openedAt) : new Date(),
    })),
  );
  return { recorded: options.opens.length };
}

type Row = {
  site_id: string;
  site_code: string;
  site_name: string;
  requests: number;
  with_opens: number;
  deflected: number;
  level_one: number;
};

/**
 * Per site: of the requests where a suggestion was opened while writing, how many were then
 * resolved at level 1 without any escalation ("deflected").
 */
export async function deflectionBySite(options: { db: Database; actor: Actor }): Promise<TDeflectionResponse> {
  const scope = requestScopeCondition(options.actor) ?? sql`true`;
  const siteIds = visibleSiteIds(options.actor);
  const siteFilter = siteIds
    ? siteIds.length
      ? sql`s.id in (${sql.join(
          siteIds.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql`false`
    : sql`true`;
  const result = await options.db.execute(sql`
    with scoped as (
      select help_requests.id, help_requests.site_id,
        exists (select 1 from suggestion_opens o where o.request_id = help_requests.id) as has_opens,
        help_requests.level = 1 and help_requests.status in ('resolved', 'closed')
          and not exists (select 1 from escalations e where e.request_id = help_requests.id) as is_level_one_fix
      from help_requests where ${scope}
    )
    select s.id as site_id, s.code as site_code, s.name as site_name,
      count(scoped.id)::int as requests,
      count(scoped.id) filter (where scoped.has_opens)::int as with_opens,
      count(scoped.id) filter (where scoped.has_opens and scoped.is_level_one_fix)::int as deflected,
      count(scoped.id) filter (where scoped.is_level_one_fix)::int as level_one
    from sites s left join scoped on scoped.site_id = s.id
    where ${siteFilter}
    group by s.id, s.code, s.name
    order by s.name`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  return {
    sites: rows.map((row) => ({
      siteId: row.site_id,
      siteCode: row.site_code,
      siteName: row.site_name,
      requests: row.requests,
      withSuggestionsOpened: row.with_opens,
      deflected: row.deflected,
      rate: row.with_opens > 0 ? row.deflected / row.with_opens : null,
      resolvedAtLevelOne: row.level_one,
    })),
  };
}
