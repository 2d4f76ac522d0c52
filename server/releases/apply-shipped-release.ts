import { and, eq, isNull } from 'drizzle-orm';
import type { ReleaseOutcome } from '../../shared/constants.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, requestReleases, sites } from '../db/schema/index.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { appendEvents } from '../requests/timeline.ts';
import { refreshSlaClocks } from '../sla/refresh-sla-clocks.ts';
import { moduleLabel, notifyReporter } from './notify-reporter.ts';
import { loadRelease, type ReleaseRow } from './release-repository.ts';
import { releaseShippedMail } from './templates/release-shipped-mail.ts';

/** The status a carried request takes when its release ships, by its site's setting. */
function statusAfterShip(current: string, outcome: ReleaseOutcome): 'resolved' | 'closed' {
  if (current === 'closed') return 'closed';
  return outcome === 'close' ? 'closed' : 'resolved';
}

async function applyToRequest(db: Database, settings: MailSettings | undefined, release: ReleaseRow, requestId: string) {
  await db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .select({ request: helpRequests, outcome: sites.releaseOutcome, linkShippedAt: requestReleases.shippedAt })
      .from(requestReleases)
      .innerJoin(helpRequests, eq(helpRequests.id, requestReleases.requestId))
      .innerJoin(sites, eq(sites.id, helpRequests.siteId))
      .where(and(eq(requestReleases.requestId, requestId), eq(requestReleases.releaseId, release.id)))
      .for('update', { of: [requestReleases, helpRequests] });
    // Another run already did this one, or the request was moved to another release meanwhile.
    if (!row || row.linkShippedAt) return;
    const { request } = row;
    const outcome = row.outcome as ReleaseOutcome;
    const to = statusAfterShip(request.status, outcome);
    const label = moduleLabel(release.module);
    await tx
      .update(helpRequests)
      .set({
        status: to,
        resolvedAt: request.resolvedAt ?? now,
        closedAt: to === 'closed' ? (request.closedAt ?? now) : null,
        resolutionSummary: request.resolutionSummary ?? `Fixed in ${label} ${release.version}.`,
        fixVersion: release.version,
        ...(request.level === 3 ? { l3State: 'released' } : {}),
        updatedAt: now,
      })
      .where(eq(helpRequests.id, request.id));
    await refreshSlaClocks(tx, { requestId: request.id, change: 'status', now });
    await tx.update(requestReleases).set({ shippedAt: now }).where(eq(requestReleases.requestId, request.id));
    const [event] = await appendEvents(
      tx,
      [
        {
          requestId: request.id,
          actorId: release.shippedById,
          type: 'release_shipped',
          body: `Fixed in ${label} ${release.version}.`,
          data: { releaseId: release.id, version: release.version, module: release.module, outcome, from: request.status, to },
        },
      ],
      now,
    );
    await notifyReporter(tx, {
      settings,
      requestId: request.id,
      actorId: release.shippedById,
      now,
      notice: {
        eventId: event.id,
        type: 'release_shipped',
        title: (reference) => `${reference} is fixed in ${label} ${release.version}`,
        messageParams: { version: release.version, module: release.module },
        data: { releaseId: release.id, version: release.version, outcome },
        compose: (locale, data) => releaseShippedMail(locale, { ...data, version: release.version, moduleLabel: label, outcome }),
      },
    });
  });
}

/**
 * The ship job: each carried request in its own transaction (resolved for the reporter to verify,
 * or closed, per its site's setting; a timeline event; the reporter told). A retried job skips the
 * requests already done, so nobody is told twice.
 */
export async function applyShippedRelease(options: {
  db: Database;
  settings?: MailSettings;
  releaseId: string;
}): Promise<number> {
  const { db, settings } = options;
  const release = await loadRelease(db, options.releaseId);
  if (release.status !== 'shipped') return 0;
  const pending = await db
    .select({ requestId: requestReleases.requestId })
    .from(requestReleases)
    .where(and(eq(requestReleases.releaseId, release.id), isNull(requestReleases.shippedAt)));
  for (const { requestId } of pending) await applyToRequest(db, settings, release, requestId);
  return pending.length;
}
