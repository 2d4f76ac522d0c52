import type { ModuleCode } from '../../shared/constants.ts';
import type { TSite, TUser } from '../../shared/schemas.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policies/actor.ts';
import { createSite } from '../sites/site-service.ts';
import { createUser } from '../users/user-service.ts';
import { replaceVendorRoutes, saveVendorTeam } from '../vendor-teams/vendor-team-service.ts';
import { DEMO_SITES, DEMO_VENDOR_TEAMS } from './demo-sites.ts';
import { DEMO_USERS } from './demo-users.ts';

const asActor = (user: TUser): Actor => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  siteIds: user.siteIds,
  modules: user.modules,
  vendorTeamId: user.vendorTeamId,
});

export type Cast = {
  siteAdmins: Actor[];
  levelTwo: (readonly [Actor, number])[];
  helpDesks: Actor[];
  vendor: Actor;
  reporter: Actor;
  moduleCoordinator: Actor | null;
};

/** Sites, vendor teams with their routing, and every demo user. */
export async function seedPeople(db: Database, password: string, log: (line: string) => void) {
  log('Seeding demo data: sites…');
  const sites = new Map<string, TSite>();
  for (const input of DEMO_SITES) sites.set(input.code, await createSite({ db, input }));

  log('Seeding demo data: vendor teams and routing…');
  const teams = new Map<string, string>();
  for (const team of DEMO_VENDOR_TEAMS) {
    const saved = await saveVendorTeam({
      db,
      input: { name: team.name, modules: team.modules, jiraProjectKey: team.jiraProjectKey },
    });
    teams.set(team.key, saved.id);
  }
  await replaceVendorRoutes({
    db,
    routes: DEMO_VENDOR_TEAMS.map((team) => ({ module: team.modules[0], vendorTeamId: teams.get(team.key) ?? null })),
  });

  log(`Seeding demo data: ${DEMO_USERS.length} users…`);
  const allSiteIds = [...sites.values()].map((site) => site.id);
  // Hashing is the slow part; every demo user has the same password, so it is hashed once.
  const passwordHash = await hashPassword(password);
  const created = await Promise.all(
    DEMO_USERS.map((user) =>
      createUser({
        db,
        input: {
          email: user.email,
          name: user.name,
          role: user.role,
          locale: user.locale,
          modules: user.modules,
          siteIds: user.sites === 'all' ? allSiteIds : user.sites.map((code) => sites.get(code)?.id ?? ''),
          vendorTeamId: user.vendorTeam ? (teams.get(user.vendorTeam) ?? null) : null,
          isActive: true,
          password,
        },
        passwordHash,
      }),
    ),
  );
  return { sites, teams, people: created.map(asActor) };
}

/** Who plays which part in the requests of one site. */
export function castFor(site: TSite, module: ModuleCode, teamId: string, people: Actor[]): Cast {
  const covers = (actor: Actor) => actor.modules.length === 0 || actor.modules.includes(module);
  const atSite = (actor: Actor) => actor.siteIds.includes(site.id);
  const helpDesks = people.filter((actor) => actor.role === 'help_desk');
  const coordinators = people.filter((actor) => actor.role === 'coordinator' && atSite(actor) && covers(actor));
  const vendor = people.find((actor) => actor.role === 'vendor' && actor.vendorTeamId === teamId);
  const reporter = people.find((actor) => actor.role === 'reporter' && atSite(actor));
  const siteAdmins = people.filter((actor) => actor.role === 'site_admin' && atSite(actor));
  if (!vendor || !reporter || siteAdmins.length === 0 || helpDesks.length === 0) {
    throw new Error(`Demo cast incomplete for ${site.code}`);
  }
  return {
    siteAdmins,
    helpDesks,
    vendor,
    reporter,
    levelTwo: [...coordinators.map((actor) => [actor, 3] as const), ...helpDesks.map((actor) => [actor, 1] as const)],
    moduleCoordinator: people.find((actor) => actor.role === 'module_coordinator' && actor.modules.includes(module)) ?? null,
  };
}
