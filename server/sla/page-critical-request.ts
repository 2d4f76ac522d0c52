import { eq } from 'drizzle-orm';
import { MODULE_LABELS, type ModuleCode } from '../../shared/constants.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites } from '../db/schema/index.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { criticalPageMail } from '../mail/templates/critical-page.ts';
import { appendEvents } from '../requests/timeline.ts';
import { notifyPeopleAboutRequest } from './notify-people.ts';
import { onDutyRecipients } from './sla-recipients.ts';

/**
 * A critical request (work stopped at a site) pages the level-2 people on duty at once: an
 * in-app notification and an e-mail each, queued in the transaction that made it critical, and
 * an internal timeline event saying who was paged. The person who made it critical is not paged.
 */
export async function pageCriticalRequest(
  tx: DbOrTx,
  options: { requestId: string; actorId: string; settings?: MailSettings; now: Date },
): Promise<string[]> {
  const { now } = options;
  const [row] = await tx
    .select({ request: helpRequests, siteName: sites.name })
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .where(eq(helpRequests.id, options.requestId));
  if (!row) return [];
  const { request } = row;
  const people = (await onDutyRecipients(tx, request)).filter((person) => person.id !== options.actorId);
  const [event] = await appendEvents(
    tx,
    [
      {
        requestId: request.id,
        type: 'critical_paged',
        actorId: null,
        isInternal: true,
        data: { paged: people.map((person) => ({ id: person.id, name: person.name })) },
      },
    ],
    now,
  );
  const moduleLabel = MODULE_LABELS[request.module as ModuleCode] ?? request.module;
  await notifyPeopleAboutRequest(tx, {
    settings: options.settings,
    people,
    request,
    kind: 'critical_page',
    title: `CRITICAL at ${row.siteName}: ${request.reference} ${request.summary}`,
    message: {
      key: 'sla.notifications.critical_page',
      params: { site: row.siteName, reference: request.reference, summary: request.summary },
    },
    data: { siteName: row.siteName },
    compose: (locale, data) => criticalPageMail(locale, { ...data, siteName: row.siteName, moduleLabel }),
    key: `critical-page-${event.id}`,
    timelineEventId: event.id,
    now,
  });
  return people.map((person) => person.id);
}
