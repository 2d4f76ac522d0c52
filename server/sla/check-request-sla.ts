import { eq } from 'drizzle-orm';
import type { Urgency } from '../../shared/constants.ts';
import type { SlaAlertKind, SlaClock } from '../../shared/sla-schemas.ts';
import type { Database, Transaction } from '../db/client.ts';
import { helpRequests, slaAlerts } from '../db/schema/index.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { slaAlertMail } from '../mail/templates/sla-alert.ts';
import { appendEvents } from '../requests/timeline.ts';
import { notifyPeopleAboutRequest } from './notify-people.ts';
import { scheduleSlaCheck } from './schedule-sla-check.ts';
import { runningThresholds } from './sla-clocks.ts';
import { slaAlertRecipients } from './sla-recipients.ts';
import { loadSiteCalendar, loadSlaPolicy } from './sla-settings.ts';

type RequestRow = typeof helpRequests.$inferSelect;

/**
 * The `sla.check` job: for each running clock past its warning share or its due time, records
 * the warning or breach and tells the people concerned — each exactly once, however often the
 * job runs, because the alert's unique key (request, clock, kind, cycle) admits one row.
 * Returns the alerts it sent.
 */
export async function checkRequestSla(options: {
  db: Database;
  requestId: string;
  now: Date;
  settings?: MailSettings;
}): Promise<{ clock: SlaClock; kind: SlaAlertKind }[]> {
  const { now } = options;
  return options.db.transaction(async (tx) => {
    const [row] = await tx.select().from(helpRequests).where(eq(helpRequests.id, options.requestId)).for('update');
    if (!row) return [];
    const calendar = await loadSiteCalendar(tx, row.siteId);
    const policy = await loadSlaPolicy(tx, row.urgency as Urgency, row.level as 1 | 2 | 3);
    const thresholds = runningThresholds(calendar, policy, row);
    const sent: { clock: SlaClock; kind: SlaAlertKind }[] = [];
    for (const { clock, dueAt, warnAt } of thresholds) {
      const isBreached = now >= dueAt;
      const cycle = clock === 'next_response' ? (row.nextResponseStartedAt?.toISOString() ?? '') : '';
      // A late check past both thresholds records the warning but only sends the breach.
      const warningId = now >= warnAt ? await recordAlert(tx, row, { clock, kind: 'warning', cycle, dueAt }) : null;
      if (warningId && !isBreached)
        sent.push(await announce(tx, row, { id: warningId, clock, kind: 'warning', dueAt }, options.settings, now));
      const breachId = isBreached ? await recordAlert(tx, row, { clock, kind: 'breach', cycle, dueAt }) : null;
      if (breachId) sent.push(await announce(tx, row, { id: breachId, clock, kind: 'breach', dueAt }, options.settings, now));
    }
    await scheduleSlaCheck(tx, row.id, thresholds, now);
    return sent;
  });
}

async function recordAlert(
  tx: Transaction,
  row: RequestRow,
  alert: { clock: SlaClock; kind: SlaAlertKind; cycle: string; dueAt: Date },
): Promise<string | null> {
  const [inserted] = await tx
    .insert(slaAlerts)
    .values({ requestId: row.id, siteId: row.siteId, level: row.level, urgency: row.urgency, ...alert })
    .onConflictDoNothing()
    .returning({ id: slaAlerts.id });
  return inserted?.id ?? null;
}

async function announce(
  tx: Transaction,
  row: RequestRow,
  alert: { id: string; clock: SlaClock; kind: SlaAlertKind; dueAt: Date },
  settings: MailSettings | undefined,
  now: Date,
) {
  const dueAt = alert.dueAt.toISOString();
  const [event] = await appendEvents(
    tx,
    [
      {
        requestId: row.id,
        type: alert.kind === 'breach' ? 'sla_breached' : 'sla_warning',
        actorId: null,
        isInternal: true,
        data: { clock: alert.clock, dueAt, level: row.level },
      },
    ],
    now,
  );
  await tx.update(slaAlerts).set({ timelineEventId: event.id }).where(eq(slaAlerts.id, alert.id));
  const people = await slaAlertRecipients(tx, row, alert.kind);
  const clockName = alert.clock.replace('_', ' ');
  await notifyPeopleAboutRequest(tx, {
    settings,
    people,
    request: row,
    kind: 'sla_alert',
    title:
      alert.kind === 'breach'
        ? `SLA breached: ${clockName} of ${row.reference} was due ${dueAt}`
        : `SLA due soon: ${clockName} of ${row.reference} is due ${dueAt}`,
    message: {
      key: alert.kind === 'breach' ? 'sla.notifications.breach' : 'sla.notifications.warning',
      params: { clock: alert.clock, reference: row.reference, dueAt },
    },
    data: { clock: alert.clock, kind: alert.kind, dueAt },
    compose: (locale, data) =>
      slaAlertMail(locale, { ...data, kind: alert.kind, clock: alert.clock, level: row.level, dueAt: formatDue(alert.dueAt) }),
    key: `sla-${alert.kind}-${event.id}`,
    timelineEventId: event.id,
    now,
  });
  return { clock: alert.clock, kind: alert.kind };
}

/** Mail shows the instant in UTC; the app shows it in each reader's own time. */
const formatDue = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
