import { eq, sql } from 'drizzle-orm';
import { URGENCIES } from '../../shared/constants.ts';
import { type TCreateHelpRequest, type THelpRequest, ZCreateHelpRequest } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, sites } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canCreateRequestAt } from '../policies/request-policy.ts';
import { presentRequest } from './present-request.ts';
import { slaDueTimes } from './sla.ts';
import { appendEvents } from './timeline.ts';

export const formatReference = (siteCode: string, number: number) => `${siteCode}-${String(number).padStart(4, '0')}`;

export async function createRequest(options: {
  db: Database;
  actor: Actor;
  input: TCreateHelpRequest;
  now?: Date;
}): Promise<THelpRequest> {
  const { db, actor } = options;
  const input = ZCreateHelpRequest.parse(options.input);
  const isOnBehalf = actor.role !== 'reporter' && Boolean(input.reporterName);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    // Taking the next number locks the site row, so references never collide; a refusal below
    // rolls the number back.
    const [site] = await tx
      .update(sites)
      .set({ lastRequestNumber: sql`${sites.lastRequestNumber} + 1` })
      .where(eq(sites.id, input.siteId))
      .returning();
    assertCanLogAt(actor, site, input.module);
    const [row] = await tx
      .insert(helpRequests)
      .values({
        reference: formatReference(site.code, site.lastRequestNumber),
        siteId: site.id,
        number: site.lastRequestNumber,
        module: input.module,
        channel: input.channel,
        reporterId: isOnBehalf ? null : actor.id,
        reporterName: isOnBehalf ? (input.reporterName ?? null) : actor.name,
        reporterContact: isOnBehalf ? (input.reporterContact ?? null) : actor.email,
        summary: input.summary,
        description: input.description,
        category: input.category,
        urgency: input.urgency,
        urgencyRank: URGENCIES.indexOf(input.urgency),
        tags: input.tags,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
        ...slaDueTimes(input.urgency, now),
      })
      .returning();
    await appendEvents(tx, [{ requestId: row.id, type: 'created', actorId: actor.id, data: { channel: input.channel } }], now);
    const loaded = { ...row, siteCode: site.code, siteName: site.name, assigneeName: null, vendorTeamName: null };
    return presentRequest(loaded, actor, []);
  });
}

function assertCanLogAt(actor: Actor, site: typeof sites.$inferSelect | undefined, module: string): asserts site {
  if (!site || !canCreateRequestAt(actor, site)) {
    throw new AppError('invalid', 'You cannot log requests for that site', {
      errors: [{ field: 'siteId', message: 'is not a site you can log requests for' }],
    });
  }
  if (!site.isActive) {
    throw new AppError('invalid', 'That site is inactive', { errors: [{ field: 'siteId', message: 'is inactive' }] });
  }
  if (!site.modules.includes(module)) {
    throw new AppError('invalid', `${site.name} does not run that module`, {
      errors: [{ field: 'module', message: `is not used at ${site.name}` }],
    });
  }
}
