import { and, eq, sql } from 'drizzle-orm';
import type { NoticePhase, NoticeRoundKind, NoticeType, TNoticeReceipt } from '../../shared/notice-schemas.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, noticeRounds } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { renderMarkdown } from '../kb/markdown/render-markdown.ts';
import { loadSecretKey } from '../mail/secret-key.ts';
import { noticePhase } from './notice-phase.ts';
import { verifyNoticeReceipt } from './notice-receipt-token.ts';
import { loadNotice, loadSites } from './notice-repository.ts';
import { pickNoticeVersion } from './notice-text.ts';

/**
 * The signed link in a notice mail: shows the notice in the recipient's language and records
 * that it was opened, or (with `acknowledge`) that they confirmed reading it. No sign-in needed,
 * so end users without an account can confirm too.
 */
export async function openNoticeReceipt(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  token: string;
  acknowledge: boolean;
  now?: Date;
}): Promise<TNoticeReceipt> {
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const deliveryId = verifyNoticeReceipt(await loadSecretKey(tx, options.config), options.token);
    if (!deliveryId) throw notFound('This link is not valid');
    const [delivery] = await tx
      .update(noticeDeliveries)
      .set({
        openedAt: sql`coalesce(${noticeDeliveries.openedAt}, ${now})`,
        ...(options.acknowledge ? { acknowledgedAt: sql`coalesce(${noticeDeliveries.acknowledgedAt}, ${now})` } : {}),
      })
      .where(eq(noticeDeliveries.id, deliveryId))
      .returning();
    if (!delivery) throw notFound('This link is not valid');
    const notice = await loadNotice(tx, delivery.noticeId);
    const [site] = await loadSites(tx, [delivery.siteId]);
    const [round] = await tx
      .select({ kind: noticeRounds.kind })
      .from(noticeRounds)
      .where(and(eq(noticeRounds.noticeId, notice.id), eq(noticeRounds.round, notice.round)));
    const version = pickNoticeVersion(notice.versions, [delivery.locale, ...site.languages]);
    return {
      noticeId: notice.id,
      type: notice.type as NoticeType,
      phase: noticePhase(notice, now) as NoticePhase,
      roundKind: round.kind as NoticeRoundKind,
      language: version.language,
      title: version.title,
      bodyHtml: renderMarkdown(version.body),
      localWords: delivery.localWords,
      windowStart: notice.windowStart.toISOString(),
      windowEnd: notice.windowEnd.toISOString(),
      site: { id: site.id, code: site.code, name: site.name, timeZone: site.timeZone },
      acknowledgedAt: delivery.acknowledgedAt?.toISOString() ?? null,
    };
  });
}
