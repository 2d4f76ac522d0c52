import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { helpRequests, releases, requestReleases } from '../db/schema/index.ts';
import { decideDeferral } from '../deferrals/decide-deferral.ts';
import { proposeDeferral } from '../deferrals/propose-deferral.ts';
import type { Actor } from '../policies/actor.ts';

const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const NOTES_SHIPPED = `Maintenance release for CPIMS+.

- **Sync**: offline cases with large photos no longer stop at 80%.
- **Referrals**: saving a referral with a service type no longer fails.
- **Exports**: case exports respect the user's field permissions.

Upgrade during the announced window; no data migration is needed.`;

const NOTES_TESTING = `Release candidate under test on the staging instances.

- Password reset e-mails are sent in the user's language.
- The incident form keeps its answers when the tablet goes offline.`;

const NOTES_PLANNED = `Planned maintenance release. It carries the requests deferred by consultation between the
Primero Help Desk and the CPIMS+ coordinator: non-urgent fixes that need a schema change.`;

/**
 * Demo releases after the demo requests exist: CPIMS+ v2.11.4 shipped (carrying released level-3
 * fixes), v2.11.5 in testing (fixes ready), v2.12.0 planned with two requests deferred to it by
 * both parties and one proposal still waiting for the module coordinator; GBVIMS+ v2.10.3 planned.
 */
export async function seedDemoReleases(options: { db: Database; people: Actor[]; log: (line: string) => void }) {
  const { db, people, log } = options;
  const helpDesk = people.find((p) => p.role === 'help_desk');
  const cpCoordinator = people.find((p) => p.role === 'module_coordinator' && p.modules.includes('cp'));
  if (!helpDesk || !cpCoordinator) return;
  const now = Date.now();
  const make = (values: Omit<typeof releases.$inferInsert, 'createdById'>) =>
    db
      .insert(releases)
      .values({ createdById: helpDesk.id, ...values })
      .returning()
      .then(([row]) => row);
  const shipped = await make({
    version: 'v2.11.4',
    module: 'cp',
    plannedDate: isoDate(now - 21 * DAY),
    status: 'shipped',
    notes: NOTES_SHIPPED,
    shippedAt: new Date(now - 20 * DAY),
    shippedById: helpDesk.id,
    createdAt: new Date(now - 60 * DAY),
    updatedAt: new Date(now - 20 * DAY),
  });
  const testing = await make({
    version: 'v2.11.5',
    module: 'cp',
    plannedDate: isoDate(now + 10 * DAY),
    status: 'in_testing',
    notes: NOTES_TESTING,
    createdAt: new Date(now - 30 * DAY),
  });
  const planned = await make({
    version: 'v2.12.0',
    module: 'cp',
    plannedDate: isoDate(now + 75 * DAY),
    notes: NOTES_PLANNED,
    createdAt: new Date(now - 10 * DAY),
  });
  await make({ version: 'v2.10.3', module: 'gbv', plannedDate: isoDate(now + 30 * DAY), createdAt: new Date(now - 5 * DAY) });

  const cpLevelThree = (state: string, limit: number) =>
    db
      .select({ id: helpRequests.id })
      .from(helpRequests)
      .where(and(eq(helpRequests.module, 'cp'), eq(helpRequests.level, 3), eq(helpRequests.l3State, state)))
      .orderBy(asc(helpRequests.createdAt))
      .limit(limit);
  const link = async (ids: { id: string }[], release: typeof shipped, shippedAt: Date | null) => {
    if (ids.length === 0) return;
    await db.insert(requestReleases).values(
      ids.map(({ id }) => ({
        requestId: id,
        releaseId: release.id,
        via: 'fix',
        linkedById: helpDesk.id,
        shippedAt,
        createdAt: release.createdAt,
      })),
    );
    await db
      .update(helpRequests)
      .set({ fixVersion: release.version })
      .where(
        inArray(
          helpRequests.id,
          ids.map(({ id }) => id),
        ),
      );
  };
  await link(await cpLevelThree('released', 3), shipped, shipped.shippedAt);
  await link(await cpLevelThree('fix_ready', 2), testing, null);

  const candidates = await db
    .select({ id: helpRequests.id })
    .from(helpRequests)
    .where(
      and(
        eq(helpRequests.module, 'cp'),
        eq(helpRequests.level, 2),
        inArray(helpRequests.status, ['new', 'in_progress']),
        inArray(helpRequests.urgency, ['normal', 'low']),
      ),
    )
    .orderBy(asc(helpRequests.createdAt))
    .limit(3);
  const reasons = [
    'Needs a change to the case form schema; the documented workaround keeps work going until then.',
    'Cosmetic and affects one report only; bundle it with the other reporting fixes.',
    'A configuration change covers most users; the proper fix touches the sync protocol.',
  ];
  for (const [index, { id }] of candidates.entries()) {
    const proposal = await proposeDeferral({ db, actor: helpDesk, id, input: { releaseId: planned.id, reason: reasons[index] } });
    // The last one still waits for the module coordinator: it shows under "Deferrals" for them.
    if (index === candidates.length - 1 && candidates.length > 1) continue;
    const comment = 'Agreed: not urgent for the sites, and the workaround is in the knowledge base.';
    await decideDeferral({ db, actor: helpDesk, proposalId: proposal.id, input: { decision: 'approve', comment } });
    await decideDeferral({ db, actor: cpCoordinator, proposalId: proposal.id, input: { decision: 'approve', comment } });
  }
  log('Seeding demo data: releases and deferrals.');
}
