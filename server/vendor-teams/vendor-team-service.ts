import { asc, eq } from 'drizzle-orm';
import type { ModuleCode } from '../../shared/constants.ts';
import type { TRoute, TVendorTeam } from '../../shared/schemas.ts';
import type { Database, DbOrTx } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { vendorRoutes, vendorTeams } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';

type TeamRow = typeof vendorTeams.$inferSelect;
type TeamInput = { name?: string; modules?: ModuleCode[]; jiraProjectKey?: string | null };

const present = (row: TeamRow): TVendorTeam => ({
  id: row.id,
  name: row.name,
  modules: row.modules as ModuleCode[],
  jiraProjectKey: row.jiraProjectKey,
});

const nameTaken = () =>
  new AppError('conflict', 'A team with that name exists', { errors: [{ field: 'name', message: 'is already used' }] });

export async function listVendorTeams(options: { db: Database }) {
  return (await options.db.select().from(vendorTeams).orderBy(asc(vendorTeams.name))).map(present);
}

export async function saveVendorTeam(options: { db: Database; id?: string; input: TeamInput }) {
  const { db, id, input } = options;
  try {
    const [row] = id
      ? await db.update(vendorTeams).set(input).where(eq(vendorTeams.id, id)).returning()
      : await db
          .insert(vendorTeams)
          .values({ name: input.name ?? '', modules: input.modules ?? [], jiraProjectKey: input.jiraProjectKey ?? null })
          .returning();
    if (!row) throw notFound('No such vendor team');
    return present(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function listVendorRoutes(options: { db: DbOrTx }): Promise<TRoute[]> {
  const rows = await options.db.select().from(vendorRoutes);
  const byModule = new Map(rows.map((row) => [row.module, row.vendorTeamId]));
  return (['cp', 'gbv', 'mrm'] as const).map((module) => ({ module, vendorTeamId: byModule.get(module) ?? null }));
}

export async function replaceVendorRoutes(options: { db: Database; routes: TRoute[] }) {
  const teams = new Set((await options.db.select({ id: vendorTeams.id }).from(vendorTeams)).map((team) => team.id));
  const errors = options.routes.flatMap((route, index) =>
    route.vendorTeamId && !teams.has(route.vendorTeamId)
      ? [{ field: `routes.${index}.vendorTeamId`, message: 'is not a vendor team' }]
      : [],
  );
  if (errors.length > 0) throw new AppError('invalid', 'Unknown vendor team', { errors });
  await options.db.transaction(async (tx) => {
    for (const route of options.routes) {
      await tx.delete(vendorRoutes).where(eq(vendorRoutes.module, route.module));
      if (route.vendorTeamId) await tx.insert(vendorRoutes).values({ module: route.module, vendorTeamId: route.vendorTeamId });
    }
  });
  return listVendorRoutes({ db: options.db });
}

/** The team that receives level-3 requests of this module, if routing names one. */
export async function routeToVendorTeam(options: { db: DbOrTx; module: string }) {
  const [row] = await options.db
    .select({ id: vendorTeams.id, name: vendorTeams.name })
    .from(vendorRoutes)
    .innerJoin(vendorTeams, eq(vendorTeams.id, vendorRoutes.vendorTeamId))
    .where(eq(vendorRoutes.module, options.module));
  return row ?? null;
}
