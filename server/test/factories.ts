import { randomBytes } from 'node:crypto';
import type { ModuleCode, Role } from '../../shared/constants.ts';
import type { TCreateHelpRequest, TSite } from '../../shared/schemas.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';
import { createSite } from '../sites/site-service.ts';
import { createUser } from '../users/user-service.ts';
import { replaceVendorRoutes, saveVendorTeam } from '../vendor-teams/vendor-team-service.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

// Hashed once per test file: argon2 is deliberately slow, and a file may build dozens of users.
let testPasswordHash: Promise<string> | undefined;
const hashTestPassword = () => {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
};

const unique = () => randomBytes(3).toString('hex');
const letters = () =>
  Array.from(randomBytes(4), (byte) => String.fromCharCode(65 + (byte % 26)))
    .join('')
    .slice(0, 4);

export async function buildSite(
  db: Database,
  overrides: Partial<Parameters<typeof createSite>[0]['input']> = {},
): Promise<TSite> {
  return createSite({
    db,
    input: {
      code: letters(),
      name: `Site ${unique()}`,
      country: 'Testland',
      modules: ['cp', 'gbv'],
      moduleVersions: { cp: 'v2.11.3', gbv: 'v2.11.1' },
      instanceUrl: 'https://primero.test.example.org',
      languages: ['en'],
      timeZone: 'UTC',
      contactEmail: '',
      isActive: true,
      ...overrides,
    },
  });
}

export async function buildVendorTeam(db: Database, modules: ModuleCode[] = ['cp']) {
  const team = await saveVendorTeam({ db, input: { name: `Team ${unique()}`, modules, jiraProjectKey: null } });
  await replaceVendorRoutes({ db, routes: modules.map((module) => ({ module, vendorTeamId: team.id })) });
  return team;
}

export async function buildUser(
  db: Database,
  role: Role,
  overrides: {
    siteIds?: string[];
    modules?: ModuleCode[];
    vendorTeamId?: string | null;
    email?: string;
    locale?: 'en' | 'fr' | 'es' | 'pt' | 'ar';
  } = {},
): Promise<Actor & { password: string }> {
  const user = await createUser({
    db,
    input: {
      email: overrides.email ?? `${role}-${unique()}@test.example.org`,
      name: `${role} ${unique()}`,
      role,
      locale: overrides.locale ?? 'en',
      siteIds: overrides.siteIds ?? [],
      modules: overrides.modules ?? (role === 'module_coordinator' ? ['cp'] : []),
      vendorTeamId: overrides.vendorTeamId ?? null,
      isActive: true,
      password: TEST_PASSWORD,
    },
    passwordHash: await hashTestPassword(),
  });
  return { ...user, password: TEST_PASSWORD };
}

export async function buildRequest(db: Database, actor: Actor, input: Partial<TCreateHelpRequest> & { siteId: string }) {
  return createRequest({
    db,
    actor,
    input: {
      module: 'cp',
      channel: 'phone',
      summary: 'Cannot log in after password reset',
      description: 'The user gets "invalid credentials" on the tablet.',
      category: 'access',
      urgency: 'normal',
      ...input,
    },
  });
}

/** A level-3 dossier that passes every check, for the given request's site. */
export function completeDossier(siteId: string) {
  return {
    module: 'cp',
    siteId,
    title: 'Referral form crashes on save',
    description: 'Saving a referral with a service type selected shows a 500 error.',
    moduleVersion: 'v2.11.3',
    instanceUrl: 'https://primero.test.example.org',
    impactedUsers: 'All caseworkers in two districts',
    impactedRoles: 'Caseworker, Case manager',
    browser: 'Chrome 120',
    operatingSystem: 'Android 13 tablet',
    stepsToReproduce: '1. Open a case 2. Add a referral 3. Save',
    expectedResult: 'The referral is saved and sent',
    actualResult: 'Error 500 and nothing saved',
    noScreenshotReason: 'The error page shows case data, so no screenshot was taken',
  };
}
